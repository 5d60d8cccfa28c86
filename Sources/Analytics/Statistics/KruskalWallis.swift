/// The Kruskal-Wallis H test across groups, tie-corrected (like scipy.stats.kruskal(*groups)).
public enum KruskalWallis {
    /// H, df = k − 1 and p from the chi-squared upper tail; nil with fewer than two groups, an empty group,
    /// a NaN value, or when every value is the same (the tie correction is then zero).
    public static func test(_ groups: [[Double]]) -> (h: Double, degreesOfFreedom: Int, p: Double)? {
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty }),
              let ranking = AverageRanks(groups.flatMap { $0 }) else { return nil }
        let n = Double(ranking.ranks.count)
        let tieCorrection = 1 - ranking.tieCubeSum / (n * n * n - n)
        guard tieCorrection > 0 else { return nil }
        var weightedSquares = 0.0
        var start = 0
        for group in groups {
            let rankSum = ranking.ranks[start..<(start + group.count)].reduce(0, +)
            weightedSquares += rankSum * rankSum / Double(group.count)
            start += group.count
        }
        let h = (12 / (n * (n + 1)) * weightedSquares - 3 * (n + 1)) / tieCorrection
        let degreesOfFreedom = groups.count - 1
        return (h, degreesOfFreedom, ChiSquared.survival(h, degreesOfFreedom: Double(degreesOfFreedom)))
    }
}
