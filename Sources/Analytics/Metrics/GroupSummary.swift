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

    /// The summary of a group's values already gathered (which it reorders) and its pooled sums.
    private init(gathered present: UnsafeMutableBufferPointer<Double>, top: Double, bottom: Double, hasDenominators: Bool) {
        count = present.count
        mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        let quartiles = OrderSelection.quantiles(present, [0.25, 0.5, 0.75])
        lower = quartiles?[0]
        median = quartiles?[1]
        upper = quartiles?[2]
        if hasDenominators {
            pooled = bottom == 0 ? nil : top / bottom
        } else {
            pooled = present.isEmpty ? nil : top
        }
    }

    /// The summaries of all groups of the values (NaN is missing). The pooled value sums `numerators` over
    /// `denominators` at the rows with a value (or those `pooledRows` marks), or is the total of the values when there
    /// are no denominators. One pass over the rows gathers every group's values and sums (so each value is read once,
    /// whatever the number of groups), then the groups are summarised on all cores when there are many rows.
    public static func ofGroups(_ groups: RowGroups, values: [Double], numerators: [Double], denominators: [Double]?,
                                pooledRows: [Bool]? = nil) -> [GroupSummary] {
        let sizes = groups.rows.map(\.count)
        let starts = RowGroups.starts(of: sizes)
        var ends = starts
        var tops = [Double](repeating: 0, count: sizes.count), bottoms = tops
        let gathered = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, values.count))
        defer { gathered.deallocate() }
        for row in values.indices {
            let group = groups.groupOfRow[row], value = values[row]
            let hasValue = !value.isNaN
            if hasValue {
                gathered[ends[group]] = value
                ends[group] += 1
            }
            guard pooledRows?[row] ?? hasValue else { continue }
            tops[group] += numerators[row]
            if let denominators { bottoms[group] += denominators[row] }
        }
        let hasDenominators = denominators != nil
        let summarise = { (group: Int) in
            GroupSummary(gathered: UnsafeMutableBufferPointer(rebasing: gathered[starts[group]..<ends[group]]),
                         top: tops[group], bottom: bottoms[group], hasDenominators: hasDenominators)
        }
        guard values.count >= 100_000 && sizes.count > 1 else { return sizes.indices.map(summarise) }
        let results = UnsafeMutableBufferPointer<GroupSummary?>.allocate(capacity: sizes.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: sizes.count) { group in
            results[group] = summarise(group)
        }
        return results.map { $0! }  // concurrentPerform has filled every group
    }
}
