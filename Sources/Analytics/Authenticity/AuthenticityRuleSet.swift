/// The published fake-follower checks the audit offers, each a set of indicators.
public enum AuthenticityRuleSet: String, CaseIterable, Sendable {
    case camisani, socialbakers, stateofsearch

    /// The set's indicators.
    public var indicators: [AuthenticityIndicator] {
        switch self {
        case .camisani: return AuthenticityIndicator.camisaniCalzolari
        case .socialbakers: return AuthenticityIndicator.socialbakers
        case .stateofsearch: return AuthenticityIndicator.stateOfSearch
        }
    }

    /// Every indicator of every set, in set order.
    public static var allIndicators: [AuthenticityIndicator] {
        allCases.flatMap(\.indicators)
    }

    /// The indicator with this name, if any.
    public static func indicator(named name: String) -> AuthenticityIndicator? {
        allIndicators.first { $0.name == name }
    }
}
