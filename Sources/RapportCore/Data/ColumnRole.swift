/// The part a column plays in rapport's analyses (likes, reach, voice …); the raw value is the word users type after
/// `roles` and the workspace stores (`columns[].role`).
public enum ColumnRole: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    // Posts.
    case postID = "post_id"
    case account, platform, voice, published, format, text, followers, reach, impressions, likes, comments, shares
    case saves, clicks
    case videoViews = "video_views"
    case engagedUsers = "engaged_users"
    case paid, spend
    // Accounts.
    case handle
    case accountName = "name"
    case following, posts, created, verified
    case engagementRate = "engagement_rate"
    // Follower samples.
    case followerID = "follower_id"
    case listed
    case hasPicture = "has_picture"
    case defaultPicture = "default_picture"
    case hasBio = "has_bio"
    case hasURL = "has_url"
    case hasLocation = "has_location"
    // Interactions.
    case person
    case interactionType = "type"
    case time
    // Replies.
    case commentID = "comment_id"
    case commentedAt = "commented_at"
    case repliedAt = "replied_at"
    case repliedBy = "replied_by"
    case responder
    // Computed results.
    case rate

    /// The role a typed word names, in any case.
    public init?(word: String) {
        self.init(rawValue: word.lowercased())
    }

    /// The kinds whose columns may be given this role, in help order; empty for `rate`, which rapport sets on the
    /// fractions it computes, whatever the dataset.
    public var kinds: [DatasetKind] {
        DatasetKind.mapped.filter { $0.roles.contains(self) }
    }

    /// One line on what a column of this role holds, in every language.
    public var meaning: Message { Words.meaning(of: self) }

    /// The word itself, so that a role in a message reads as users type it.
    public var description: String { rawValue }
}
