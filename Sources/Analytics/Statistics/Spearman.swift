/// Spearman's rank correlation with its two-sided p (like scipy.stats.spearmanr(x, y)).
public enum Spearman {
    /// ρ, the Pearson correlation of the average ranks, and p from Student's t with n − 2 df; nil when the
    /// samples differ in length, have fewer than three pairs, hold NaN, or one of them is constant.
    public static func test(_ x: [Double], _ y: [Double]) -> (rho: Double, p: Double)? {
        guard x.count == y.count, x.count >= 3,
              let xRanks = AverageRanks(x)?.ranks, let yRanks = AverageRanks(y)?.ranks else { return nil }
        let meanRank = Double(x.count + 1) / 2
        var crossSum = 0.0
        var xSquares = 0.0
        var ySquares = 0.0
        for index in xRanks.indices {
            let xDeviation = xRanks[index] - meanRank
            let yDeviation = yRanks[index] - meanRank
            crossSum += xDeviation * yDeviation
            xSquares += xDeviation * xDeviation
            ySquares += yDeviation * yDeviation
        }
        guard xSquares > 0, ySquares > 0 else { return nil }
        let rho = min(1, max(-1, crossSum / (xSquares * ySquares).squareRoot()))
        let degreesOfFreedom = Double(x.count - 2)
        let t = rho * max(0, degreesOfFreedom / ((1 + rho) * (1 - rho))).squareRoot()
        return (rho, StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom))
    }
}
