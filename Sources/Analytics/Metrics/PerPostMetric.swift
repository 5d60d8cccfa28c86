/// A metric with a value for every post, which `compare` can test between groups.
public protocol PerPostMetric: Metric {
    /// The value of every row of the request's dataset (NaN where missing), with notes on how it was computed.
    func values(_ request: MetricRequest) throws -> RateValues
}

extension RateMetric: PerPostMetric {}
