import RapportCore

/// One rule of a published fake-follower check, as a yes/no sign that a follower is likely fake.
public struct AuthenticityIndicator: Sendable {
    /// The name users switch it on, off or weight by: `SET.RULE`, such as `camisani.no-picture`.
    public let name: String
    /// What it checks, in words.
    public let summary: Message
    /// The roles it reads; it is skipped when the sample lacks one of them.
    public let roles: [ColumnRole]
    /// Whether the sign shows for one follower; nil when a value it needs is missing for that follower.
    public let test: @Sendable (FollowerSample, Int) -> Bool?

    /// An indicator from its parts.
    public init(_ name: String, _ summary: Message, roles: [ColumnRole],
                test: @escaping @Sendable (FollowerSample, Int) -> Bool?) {
        self.name = name
        self.summary = summary
        self.roles = roles
        self.test = test
    }

    /// The roles the sample lacks, in the indicator's order.
    public func missingRoles(in sample: FollowerSample) -> [ColumnRole] {
        roles.filter { !sample.has(role: $0) }
    }
}
