import RapportCore

/// What a rate divides by: the account's followers, or the post's reach, impressions or video views.
public enum Denominator: String, Sendable, CaseIterable, Codable {
    case followers, reach, impressions, views

    /// The role of the column that holds it.
    public var role: ColumnRole {
        switch self {
        case .followers: return .followers
        case .reach: return .reach
        case .impressions: return .impressions
        case .views: return .videoViews
        }
    }
}
