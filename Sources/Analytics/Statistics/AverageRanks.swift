/// Ranks 1...n of values where tied values share the average of the ranks they span
/// (like scipy.stats.rankdata(method="average")), with the tie sizes the rank tests correct for.
public struct AverageRanks: Sendable {
    /// The rank of each value, in the values' order.
    public let ranks: [Double]
    /// Σ (t³ − t) over the groups of t tied values (0 without ties).
    public let tieCubeSum: Double

    /// Ranks the values in O(n log n); nil when one of them is NaN (NaN cannot be ordered).
    public init?(_ values: [Double]) {
        guard !values.contains(where: \.isNaN) else { return nil }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieCubeSum = 0.0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let averageRank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = averageRank }
            let tied = Double(end - start)
            tieCubeSum += tied * tied * tied - tied
            start = end
        }
        self.ranks = ranks
        self.tieCubeSum = tieCubeSum
    }
}
