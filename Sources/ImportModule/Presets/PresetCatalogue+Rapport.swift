/// rapport's own layouts, whose headers are the role names.
extension PresetCatalogue {
    /// The generic posts layout (also what the benchmark generator writes, in both dialects).
    public static let rapportPosts = Preset(name: "rapport-posts", kind: .posts, platform: nil, rules: [
        .init(.postID, ["post_id"], .distinctive),
        .init(.account, ["account"], .distinctive),
        .init(.platform, ["platform"]),
        .init(.voice, ["voice"]),
        .init(.published, ["published"], .distinctive),
        .init(.format, ["format"]),
        .init(.followers, ["followers"]),
        .init(.reach, ["reach"]),
        .init(.impressions, ["impressions"]),
        .init(.likes, ["likes"], .distinctive),
        .init(.comments, ["comments"], .distinctive),
        .init(.shares, ["shares"], .distinctive),
        .init(.saves, ["saves"]),
        .init(.paid, ["paid"]),
        .init(.spend, ["spend"]),
        .init(.text, ["text"]),
    ])
}
