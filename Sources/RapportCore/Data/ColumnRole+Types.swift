/// Which column types a role can be played by, so that neither a guess from a header nor `roles` gives a count role
/// to a text column.
extension ColumnRole {
    /// The types a column of this role may have, the one to convert to first; nil when any type will do (names,
    /// identifiers, labels).
    public var acceptedTypes: [ColumnType]? {
        switch self {
        case .followers, .reach, .impressions, .likes, .comments, .shares, .saves, .clicks, .videoViews,
             .engagedUsers, .following, .posts, .listed, .spend, .engagementRate, .rate:
            return [.decimal, .integer]
        case .published, .created, .time, .commentedAt, .repliedAt:
            return [.time]
        case .paid, .verified, .hasPicture, .defaultPicture:
            return [.boolean, .integer]
        case .hasBio, .hasURL, .hasLocation:
            // A follower's bio, URL or location counts as present when the text is not empty.
            return [.boolean, .integer, .text]
        case .postID, .account, .platform, .voice, .format, .text, .handle, .accountName, .followerID, .person,
             .interactionType, .commentID, .repliedBy, .responder:
            return nil
        }
    }

    /// Whether a column of this type may play the role.
    public func accepts(_ type: ColumnType) -> Bool {
        acceptedTypes?.contains(type) ?? true
    }
}
