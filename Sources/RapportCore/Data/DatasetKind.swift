/// What kind of data a dataset holds; the raw value is the word stored in the workspace (`datasets[].kind`).
public enum DatasetKind: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// Posts of one or more accounts, with their reach and reactions.
    case posts
    /// Accounts with their profile figures.
    case accounts
    /// A sample of one account's followers, for the authenticity audit.
    case followers
    /// Who did what on which post when.
    case interactions
    /// Comments and who answered them when.
    case replies
    /// A table a command computed: a score, a comparison, the goal check, a plugin's result.
    case result
    /// One of the tables of an authenticity audit.
    case audit
    /// A learned audit's model: one row per feature with its median, mean, scale and coefficient.
    case auditModel = "audit-model"
    /// A survey's definition: the instrument with the client's values filled in.
    case survey
    /// A survey's answers, one row per respondent and question.
    case surveyResponses = "survey-responses"
    /// The instruments added with `survey instrument add`.
    case surveyInstruments = "survey-instruments"
    /// A survey's profile: per dimension and alternative, the mean now and preferred.
    case surveyProfile = "survey-profile"
    /// A survey's scores per respondent.
    case surveyScores = "survey-scores"
    /// A survey's mean rating per item.
    case surveyItems = "survey-items"
    /// How well a candidate's profile fits another.
    case surveyFit = "survey-fit"

    /// The roles a column of this kind may be given (by an import preset or `roles`), in display order; empty for
    /// kinds rapport computes.
    public var roles: [ColumnRole] {
        switch self {
        case .posts:
            return [.postID, .account, .platform, .voice, .published, .format, .text, .followers, .reach, .impressions,
                    .likes, .comments, .shares, .saves, .clicks, .videoViews, .engagedUsers, .paid, .spend]
        case .accounts:
            return [.account, .platform, .handle, .accountName, .voice, .followers, .following, .posts, .created,
                    .verified, .engagementRate]
        case .followers:
            return [.followerID, .followers, .following, .posts, .listed, .created, .hasPicture, .defaultPicture,
                    .hasBio, .hasURL, .hasLocation]
        case .interactions:
            return [.person, .postID, .interactionType, .time]
        case .replies:
            return [.commentID, .postID, .commentedAt, .repliedAt, .repliedBy, .responder]
        case .result, .audit, .auditModel, .survey, .surveyResponses, .surveyInstruments, .surveyProfile, .surveyScores,
             .surveyItems, .surveyFit:
            return []
        }
    }

    /// The kinds whose columns carry roles from a platform's export, in help order.
    public static let mapped: [DatasetKind] = allCases.filter { !$0.roles.isEmpty }

    /// The roles `roles` lets a column of a dataset of this kind take: the kind's own, or those of every mapped kind
    /// (each once) when the kind has none or is unknown.
    public static func assignableRoles(for kind: DatasetKind?) -> [ColumnRole] {
        if let roles = kind?.roles, !roles.isEmpty { return roles }
        var seen = Set<ColumnRole>()
        return mapped.flatMap(\.roles).filter { seen.insert($0).inserted }
    }

    /// One line on what the kind holds, in every language.
    public var meaning: Message { Words.meaning(of: self) }

    /// The word itself, so that a kind in a message reads as users type it.
    public var description: String { rawValue }
}
