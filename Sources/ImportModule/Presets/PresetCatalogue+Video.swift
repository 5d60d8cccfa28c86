/// Video platform exports: TikTok and YouTube Studio.
extension PresetCatalogue {
    /// TikTok content export (weak evidence). Only English headers are known.
    public static let tiktok = Preset(name: "tiktok", kind: .posts, platform: "tiktok", rules: [
        .init(.text, ["Video title"], .distinctive),
        .init(.postID, ["Video link"], .distinctive),
        .init(.published, ["Post time"], .distinctive),
        .init(.likes, ["Total likes"], .distinctive),
        .init(.comments, ["Total comments"]),
        .init(.shares, ["Total shares"]),
        .init(.videoViews, ["Total views"], .distinctive),
        .init(.saves, ["Add to favorites"]),
    ])

    /// YouTube Studio "Table data.csv" (weak evidence). The German headers are unconfirmed.
    public static let youtubeStudio = Preset(name: "youtube-studio", kind: .posts, platform: "youtube", rules: [
        .init(.postID, ["Content", "Inhalt"], .distinctive),
        .init(.text, ["Video title", "Videotitel"], .distinctive),
        .init(.published, ["Video publish time", "Veröffentlichungszeitpunkt des Videos"], .distinctive),
        .init(.videoViews, ["Views", "Aufrufe"], .distinctive),
        .init(.impressions, ["Impressions", "Impressionen"]),
    ])
}
