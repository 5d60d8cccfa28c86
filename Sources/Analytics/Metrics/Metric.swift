import RapportCore

/// One entry of the metric catalogue: its command name, its explanation and how it is computed.
public protocol Metric: Sendable {
    /// The name typed after `score`, `goal` and `explain`, such as `engagement-rate`.
    var name: String { get }
    /// One line on what it measures.
    var summary: Message { get }
    /// What `explain` prints.
    var explanation: MetricExplanation { get }
    /// Whether its values are fractions shown as percentages (goals take `3%` for them).
    var isRate: Bool { get }
    /// The `score` flags it takes into account.
    var options: Set<MetricOption> { get }
    /// The metric over the request's dataset, per group.
    func evaluate(_ request: MetricRequest) throws -> MetricOutcome
}

extension Metric {
    /// No flags, unless the metric names some.
    public var options: Set<MetricOption> { [] }
}
