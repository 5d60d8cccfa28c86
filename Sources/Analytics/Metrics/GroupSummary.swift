import Foundation

/// The distribution of a per-post value in one group: count, median, mean, quartiles and the pooled value.
public struct GroupSummary: Sendable, Equatable {
    /// Posts with a value.
    public let count: Int
    /// The median (type-7 quantile), nil without values.
    public let median: Double?
    /// The arithmetic mean, nil without values.
    public let mean: Double?
    /// The 25th percentile.
    public let lower: Double?
    /// The 75th percentile.
    public let upper: Double?
    /// Σ numerators / Σ denominators over the posts with a value, nil when the denominators sum to 0.
    public let pooled: Double?

    /// The summary of the values at `rows` (NaN is missing); the pooled value sums `numerators` over `denominators`
    /// at the rows with a value (or those `pooledRows` marks), or is the total of the values when there are no denominators.
    public init(values: [Double], rows: [Int], numerators: [Double], denominators: [Double]?, pooledRows: [Bool]? = nil) {
        var present: [Double] = []
        present.reserveCapacity(rows.count)
        var top = 0.0, bottom = 0.0
        for row in rows {
            let hasValue = !values[row].isNaN
            if hasValue { present.append(values[row]) }
            guard pooledRows?[row] ?? hasValue else { continue }
            top += numerators[row]
            if let denominators { bottom += denominators[row] }
        }
        present.sort()
        count = present.count
        median = Quantile.ofSorted(present, 0.5)
        lower = Quantile.ofSorted(present, 0.25)
        upper = Quantile.ofSorted(present, 0.75)
        mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        if denominators == nil {
            pooled = present.isEmpty ? nil : top
        } else {
            pooled = bottom == 0 ? nil : top / bottom
        }
    }
}
