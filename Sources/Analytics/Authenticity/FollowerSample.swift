import RapportCore

/// The values of a follower sample that the authenticity rules read, by role, one entry per follower (nil where missing).
public struct FollowerSample: Sendable {
    /// The number of followers in the sample.
    public let count: Int
    /// Counts by role (`followers`, `following`, `posts`, `listed`).
    public let numbers: [ColumnRole: [Double?]]
    /// Yes/no features by role (`has_picture`, `default_picture`, `has_bio`, `has_url`, `has_location`).
    public let flags: [ColumnRole: [Bool?]]
    /// When each account was created (role `created`), in seconds since 1970, if the sample has that role.
    public let created: [Int64?]?
    /// The moment account ages are measured at, in seconds since 1970.
    public let asOf: Int64

    /// A sample from its columns; every array has `count` entries.
    public init(count: Int, numbers: [ColumnRole: [Double?]], flags: [ColumnRole: [Bool?]], created: [Int64?]?,
                asOf: Int64) {
        self.count = count
        self.numbers = numbers
        self.flags = flags
        self.created = created
        self.asOf = asOf
    }

    /// Whether the sample has a column playing this role.
    public func has(role: ColumnRole) -> Bool {
        role == .created ? created != nil : numbers[role] != nil || flags[role] != nil
    }

    /// A count of one follower, nil when the role or the value is missing.
    public func number(_ role: ColumnRole, _ row: Int) -> Double? {
        numbers[role]?[row] ?? nil
    }

    /// A yes/no feature of one follower, nil when the role or the value is missing.
    public func flag(_ role: ColumnRole, _ row: Int) -> Bool? {
        flags[role]?[row] ?? nil
    }

    /// The age of one follower's account in days at `asOf`, nil when unknown.
    public func ageInDays(_ row: Int) -> Double? {
        guard let created, let moment = created[row] else { return nil }
        return Double(asOf - moment) / 86_400
    }
}
