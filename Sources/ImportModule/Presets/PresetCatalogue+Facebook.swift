/// Facebook post exports: legacy Page Insights, Meta Business Suite, and the Thai live sellers research file.
extension PresetCatalogue {
    /// Legacy Page Insights post export (2015) and the UCI file that uses a subset of its names.
    /// Only English headers are known for it.
    public static let facebookInsights = Preset(name: "facebook-insights", kind: .posts, platform: "facebook", rules: [
        .init(.postID, ["Post ID"]),
        .init(.text, ["Post Message"]),
        .init(.format, ["Type"]),
        .init(.published, ["Posted"]),
        .init(.followers, ["Page total likes"]),
        .init(.reach, ["Lifetime Post Total Reach"], .required),
        .init(.impressions, ["Lifetime Post Total Impressions"], .distinctive),
        .init(.engagedUsers, ["Lifetime Engaged Users"], .distinctive),
        .init(.likes, ["like"]),
        .init(.comments, ["comment"]),
        .init(.shares, ["share"]),
        .init(.paid, ["Paid"]),
    ])

    /// Meta Business Suite Facebook post export. The German headers are unconfirmed: no real German file seen yet.
    /// Meta renamed impressions to views; `Views` therefore counts as impressions.
    public static let metaFacebook = Preset(name: "meta-facebook", kind: .posts, platform: "facebook", rules: [
        .init(.postID, ["Post ID", "Beitrags-ID"], .distinctive),
        .init(.account, ["Page name", "Seitenname"], .distinctive),
        .init(.text, ["Description", "Title", "Beschreibung", "Titel"]),
        .init(.published, ["Publish time", "Veröffentlichungszeitpunkt"], .distinctive),
        .init(.format, ["Post type", "Beitragstyp"]),
        .init(.impressions, ["Views", "Impressions", "Aufrufe", "Impressionen"]),
        .init(.reach, ["Reach", "Reichweite"], .distinctive),
        .init(.likes, ["Reactions", "Reaktionen"], .distinctive),
        .init(.comments, ["Comments", "Kommentare"]),
        .init(.shares, ["Shares", "Geteilte Inhalte"]),
        .init(.clicks, ["Total clicks", "Klicks insgesamt"], .distinctive),
    ])

    /// Posts of nine Thai sellers' pages (UCI "Facebook Live Sellers in Thailand"), read from the Graph API.
    public static let facebookLiveSellers = Preset(name: "facebook-live-sellers", kind: .posts, platform: "facebook", rules: [
        .init(.postID, ["status_id"], .required),
        .init(.format, ["status_type"], .distinctive),
        .init(.published, ["status_published"], .distinctive),
        .init(.likes, ["num_reactions"], .distinctive),
        .init(.comments, ["num_comments"], .distinctive),
        .init(.shares, ["num_shares"], .distinctive),
    ])
}
