/// X (Twitter) exports: tweet activity and follower samples.
extension PresetCatalogue {
    /// Analytics "tweet activity" export; later files say `likes` for `favorites`. Only English headers are known.
    public static let xTweetActivity = Preset(name: "x-tweets", kind: .posts, platform: "x", rules: [
        .init(.postID, ["Tweet id"], .required),
        .init(.text, ["Tweet text"], .distinctive),
        .init(.published, ["time"]),
        .init(.impressions, ["impressions"], .distinctive),
        .init(.shares, ["retweets"], .distinctive),
        .init(.comments, ["replies"], .distinctive),
        .init(.likes, ["favorites", "likes"]),
        .init(.clicks, ["url clicks"]),
    ])

    /// Followers as API user objects. `description`, `url` and `location` are text: the audit reads
    /// a non-empty value as having a bio, URL or location.
    public static let xFollowers = Preset(name: "x-followers", kind: .followers, platform: "x", rules: [
        .init(.followerID, ["id_str", "id", "screen_name"]),
        .init(.followers, ["followers_count"], .distinctive),
        .init(.following, ["friends_count"], .distinctive),
        .init(.posts, ["statuses_count"], .distinctive),
        .init(.listed, ["listed_count"], .distinctive),
        .init(.created, ["created_at"]),
        .init(.defaultPicture, ["default_profile_image"], .distinctive),
        .init(.hasBio, ["description"]),
        .init(.hasURL, ["url"]),
        .init(.hasLocation, ["location"]),
    ])
}
