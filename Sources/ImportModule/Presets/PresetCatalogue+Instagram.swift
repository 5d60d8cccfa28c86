/// Instagram exports: posts via Meta Business Suite, and follower samples.
extension PresetCatalogue {
    /// Instagram posts exported from Meta Business Suite. The German headers are unconfirmed.
    public static let metaInstagram = Preset(name: "meta-instagram", kind: "posts", platform: "instagram", rules: [
        .init("post_id", ["Post ID", "Beitrags-ID"], .distinctive),
        .init("account", ["Account username", "Konto-Benutzername"], .distinctive),
        .init("text", ["Description", "Beschreibung"]),
        .init("published", ["Publish time", "Veröffentlichungszeitpunkt"], .distinctive),
        .init("format", ["Post type", "Beitragstyp"]),
        .init("impressions", ["Views", "Impressions", "Aufrufe", "Impressionen"]),
        .init("reach", ["Reach", "Reichweite"], .distinctive),
        .init("likes", ["Likes", "Gefällt mir", "Gefällt mir-Angaben"], .distinctive),
        .init("comments", ["Comments", "Kommentare"]),
        .init("shares", ["Shares", "Geteilte Inhalte"]),
        .init("saves", ["Saves", "Gespeichert"], .distinctive),
    ])

    /// Instagram follower samples: the SRF labelled file (`Number.of.posts` …) and plain `posts, following …` layouts.
    /// `Preset.key` reads `has_profile_picture` and `Number.of.posts` as `has profile picture` and `number of posts`.
    /// The picture column is required, so a plain list of accounts is not taken for a follower sample.
    public static let instagramFollowers = Preset(name: "instagram-followers", kind: "followers", platform: "instagram", rules: [
        .init("follower_id", ["Username"]),
        .init("posts", ["Number of posts", "posts"], .distinctive),
        .init("following", ["Number of people they follow", "following"], .distinctive),
        .init("followers", ["Number of followers", "followers"], .distinctive),
        .init("has_picture", ["has profile picture"], .required),
    ])
}
