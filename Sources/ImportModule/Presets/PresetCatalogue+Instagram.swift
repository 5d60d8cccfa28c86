/// Instagram exports: posts via Meta Business Suite, and follower samples.
extension PresetCatalogue {
    /// Instagram posts exported from Meta Business Suite. The German headers are unconfirmed.
    public static let metaInstagram = Preset(name: "meta-instagram", kind: .posts, platform: "instagram", rules: [
        .init(.postID, ["Post ID", "Beitrags-ID"], .distinctive),
        .init(.account, ["Account username", "Konto-Benutzername"], .distinctive),
        .init(.text, ["Description", "Beschreibung"]),
        .init(.published, ["Publish time", "Veröffentlichungszeitpunkt"], .distinctive),
        .init(.format, ["Post type", "Beitragstyp"]),
        .init(.impressions, ["Views", "Impressions", "Aufrufe", "Impressionen"]),
        .init(.reach, ["Reach", "Reichweite"], .distinctive),
        .init(.likes, ["Likes", "Gefällt mir", "Gefällt mir-Angaben"], .distinctive),
        .init(.comments, ["Comments", "Kommentare"]),
        .init(.shares, ["Shares", "Geteilte Inhalte"]),
        .init(.saves, ["Saves", "Gespeichert"], .distinctive),
    ])

    /// A creator's per-post export of Instagram Insights (the professional dashboard): impressions by source, profile
    /// visits and follows per post, dated by day. Only English headers are known.
    public static let instagramInsights = Preset(name: "instagram-insights", kind: .posts, platform: "instagram", rules: [
        .init(.published, ["Date"]),
        .init(.impressions, ["Impressions"], .distinctive),
        .init(.likes, ["Likes"]),
        .init(.comments, ["Comments"]),
        .init(.shares, ["Shares"]),
        .init(.saves, ["Saves"], .distinctive),
        .init(.text, ["Caption"]),
        .init(nil, ["From Home"], .required),
        .init(nil, ["From Hashtags"], .distinctive),
        .init(nil, ["From Explore"], .distinctive),
        .init(nil, ["Profile Visits"], .distinctive),
    ])

    /// Instagram follower samples: the SRF labelled file (`Number.of.posts` …) and plain `posts, following …` layouts.
    /// `Preset.key` reads `has_profile_picture` and `Number.of.posts` as `has profile picture` and `number of posts`.
    /// The picture column is required, so a plain list of accounts is not taken for a follower sample.
    public static let instagramFollowers = Preset(name: "instagram-followers", kind: .followers, platform: "instagram", rules: [
        .init(.followerID, ["Username"]),
        .init(.posts, ["Number of posts", "posts"], .distinctive),
        .init(.following, ["Number of people they follow", "following"], .distinctive),
        .init(.followers, ["Number of followers", "followers"], .distinctive),
        .init(.hasPicture, ["has profile picture"], .required),
    ])
}
