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
        count = present.count
        mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        let quartiles = OrderSelection.quantiles(&present, [0.25, 0.5, 0.75])
        lower = quartiles?[0]
        median = quartiles?[1]
        upper = quartiles?[2]
        if denominators == nil {
            pooled = present.isEmpty ? nil : top
        } else {
            pooled = bottom == 0 ? nil : top / bottom
        }
    }

    /// The summaries of all groups, computed on all cores when there are many rows.
    public static func ofGroups(_ groups: RowGroups, values: [Double], numerators: [Double], denominators: [Double]?,
                                pooledRows: [Bool]? = nil) -> [GroupSummary] {
        let rows = groups.rows
        guard values.count >= 100_000 && rows.count > 1 else {
            return rows.map { GroupSummary(values: values, rows: $0, numerators: numerators, denominators: denominators,
                                           pooledRows: pooledRows) }
        }
        let results = UnsafeMutableBufferPointer<GroupSummary?>.allocate(capacity: rows.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: rows.count) { index in
            results[index] = GroupSummary(values: values, rows: rows[index], numerators: numerators,
                                          denominators: denominators, pooledRows: pooledRows)
        }
        return results.map { $0! }
    }
}
