/// Video platform exports: TikTok and YouTube Studio.
extension PresetCatalogue {
    /// TikTok content export (weak evidence). Only English headers are known.
    public static let tiktok = Preset(name: "tiktok", kind: "posts", platform: "tiktok", rules: [
        .init("text", ["Video title"], .distinctive),
        .init("post_id", ["Video link"], .distinctive),
        .init("published", ["Post time"], .distinctive),
        .init("likes", ["Total likes"], .distinctive),
        .init("comments", ["Total comments"]),
        .init("shares", ["Total shares"]),
        .init("video_views", ["Total views"], .distinctive),
        .init("saves", ["Add to favorites"]),
    ])

    /// YouTube Studio "Table data.csv" (weak evidence). The German headers are unconfirmed.
    public static let youtubeStudio = Preset(name: "youtube-studio", kind: "posts", platform: "youtube", rules: [
        .init("post_id", ["Content", "Inhalt"], .distinctive),
        .init("text", ["Video title", "Videotitel"], .distinctive),
        .init("published", ["Video publish time", "Veröffentlichungszeitpunkt des Videos"], .distinctive),
        .init("video_views", ["Views", "Aufrufe"], .distinctive),
        .init("impressions", ["Impressions", "Impressionen"]),
    ])
}
