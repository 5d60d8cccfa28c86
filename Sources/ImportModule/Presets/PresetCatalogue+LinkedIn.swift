/// LinkedIn company page exports.
extension PresetCatalogue {
    /// The per-post sheet of a company page export (known from memory only). The German headers are unconfirmed.
    /// `Post type` (organic or sponsored) is left unmapped: it is text, not the paid flag.
    public static let linkedInPosts = Preset(name: "linkedin-posts", kind: .posts, platform: "linkedin", rules: [
        .init(.text, ["Post title", "Beitragstitel"], .distinctive),
        .init(.postID, ["Post link", "Beitragslink"], .distinctive),
        .init(.format, ["Content Type", "Inhaltstyp"]),
        .init(.published, ["Created date", "Erstellungsdatum"], .distinctive),
        .init(.impressions, ["Impressions", "Impressionen"], .distinctive),
        .init(.videoViews, ["Views", "Aufrufe"]),
        .init(.clicks, ["Clicks", "Klicks"], .distinctive),
        .init(.likes, ["Likes", "Reactions", "Reaktionen"]),
        .init(.comments, ["Comments", "Kommentare"]),
        .init(.shares, ["Reposts", "Shares", "Geteilte Inhalte"]),
    ])
}
