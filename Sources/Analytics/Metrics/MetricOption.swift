/// A `score` flag a metric may take into account; a flag the metric ignores draws a warning.
public enum MetricOption: String, Sendable, CaseIterable {
    /// `--denominator`: what a rate divides by.
    case denominator
    /// `--weighted`: likes 1, comments 2, shares 3, saves 1.
    case weighted
    /// `--unit post`: a count per post instead of per follower.
    case unit
    /// `--names`: the company's names, for attribution.
    case names
    /// `--as-of`: the day recency is measured from.
    case asOf = "as-of"
}
