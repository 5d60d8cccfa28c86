/// An indicator switched on for an audit, with the weight its sign counts with.
public struct WeightedIndicator: Sendable {
    /// The indicator.
    public let indicator: AuthenticityIndicator
    /// How much its sign counts (> 0).
    public let weight: Double

    /// An indicator with a weight.
    public init(_ indicator: AuthenticityIndicator, weight: Double = 1) {
        self.indicator = indicator
        self.weight = weight
    }
}
