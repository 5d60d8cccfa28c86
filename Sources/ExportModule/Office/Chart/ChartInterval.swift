/// The bounds of an interval around each value of a series (a confidence or bootstrap interval).
struct ChartInterval {
    /// The lower bound per category.
    var lower: [Double?]
    /// The upper bound per category.
    var upper: [Double?]
}
