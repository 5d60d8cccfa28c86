/// A kind of dataset rapport understands (posts, accounts …) and the roles its columns may play.
public struct DatasetKind: Sendable, Equatable {
    /// The name stored in `Dataset.kind`.
    public let name: String
    /// The roles a column of this kind may play, in display order.
    public let roles: [String]

    /// Posts of one or more accounts, with their reach and reactions.
    public static let posts = DatasetKind(name: "posts", roles: [
        "post_id", "account", "platform", "voice", "published", "format", "text", "followers", "reach",
        "impressions", "likes", "comments", "shares", "saves", "clicks", "video_views", "engaged_users", "paid",
        "spend",
    ])
    /// Accounts with their profile figures.
    public static let accounts = DatasetKind(name: "accounts", roles: [
        "account", "platform", "handle", "name", "voice", "followers", "following", "posts", "created", "verified",
        "engagement_rate",
    ])
    /// A sample of one account's followers, for the authenticity audit.
    public static let followers = DatasetKind(name: "followers", roles: [
        "follower_id", "followers", "following", "posts", "listed", "created", "has_picture", "default_picture",
        "has_bio", "has_url", "has_location",
    ])
    /// Who did what on which post when.
    public static let interactions = DatasetKind(name: "interactions", roles: ["person", "post_id", "type", "time"])
    /// Comments and who answered them when.
    public static let replies = DatasetKind(name: "replies", roles: [
        "comment_id", "post_id", "commented_at", "replied_at", "replied_by", "responder",
    ])

    /// Every kind, in help order.
    public static let all: [DatasetKind] = [posts, accounts, followers, interactions, replies]

    /// The kind with this name, if rapport knows it.
    public static func named(_ name: String?) -> DatasetKind? {
        all.first { $0.name == name }
    }

    /// The roles allowed for a dataset of this kind name: the kind's own, or every known role when the kind is unknown.
    public static func roles(forKind name: String?) -> [String] {
        if let kind = named(name) { return kind.roles }
        var seen = Set<String>()
        return all.flatMap(\.roles).filter { seen.insert($0).inserted }
    }
}
