import Foundation
import RapportCore

/// One input of the learned audit, read from a follower sample: a role transformed as the audit documents, or a
/// numeric column taken as it is.
public enum FollowerFeature: Sendable, Equatable, Hashable {
    /// A role: counts (`followers`, `following`, `posts`, `listed`) as log(1 + value), `created` as log(1 + account
    /// age in days at the sample's `asOf`, negative ages read as 0), yes/no roles as 1 or 0.
    case role(ColumnRole)
    /// A numeric column named with `--features`, taken as it is.
    case column(String)

    /// The roles read as features, in the order the audit uses them.
    public static let roles: [ColumnRole] = [.followers, .following, .posts, .listed, .created, .hasPicture,
                                             .defaultPicture, .hasBio, .hasURL, .hasLocation]

    /// The role features a sample allows, in the order of `roles`.
    public static func available(in sample: FollowerSample) -> [FollowerFeature] {
        roles.filter(sample.has(role:)).map(FollowerFeature.role)
    }

    /// The feature's name in a model table: `log_followers`, `log_age_days`, `has_picture`, or the column's name.
    public var name: String {
        switch self {
        case .role(.created): return "log_age_days"
        case .role(let role) where Self.countRoles.contains(role): return "log_" + role.rawValue
        case .role(let role): return role.rawValue
        case .column(let name): return name
        }
    }

    /// The roles counted, read as log(1 + value).
    private static let countRoles: Set<ColumnRole> = [.followers, .following, .posts, .listed]

    /// The feature's value for one follower of `sample`, nil where it is missing; a column's values come from
    /// `columns` by name (nil when it is not there).
    public func value(_ sample: FollowerSample, _ row: Int, columns: [String: [Double?]]) -> Double? {
        switch self {
        case .role(.created):
            return sample.ageInDays(row).map { Foundation.log1p(max(0, $0)) }
        case .role(let role) where Self.countRoles.contains(role):
            return sample.number(role, row).map { Foundation.log1p(max(0, $0)) }
        case .role(let role):
            return sample.flag(role, row).map { $0 ? 1 : 0 }
        case .column(let name):
            guard let values = columns[name], values.indices.contains(row) else { return nil }
            return values[row]
        }
    }

    /// Every follower's row of feature values, in the order of `features`.
    public static func rows(_ features: [FollowerFeature], sample: FollowerSample,
                            columns: [String: [Double?]]) -> [[Double?]] {
        (0..<sample.count).map { row in features.map { $0.value(sample, row, columns: columns) } }
    }
}
