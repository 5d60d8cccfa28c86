/// Spearman's rank correlation with its two-sided p (like scipy.stats.spearmanr(x, y)).
public enum Spearman {
    /// ρ, the Pearson correlation of the average ranks, and p from Student's t with n − 2 df; nil when the
    /// samples differ in length, have fewer than three pairs, hold NaN, or one of them is constant.
    public static func test(_ x: [Double], _ y: [Double]) -> (rho: Double, p: Double)? {
        guard x.count == y.count, x.count >= 3,
              let xRanks = AverageRanks(x)?.ranks, let yRanks = AverageRanks(y)?.ranks else { return nil }
        guard let rho = PearsonCorrelation.of(xRanks, yRanks) else { return nil }
        let degreesOfFreedom = Double(x.count - 2)
        let t = rho * max(0, degreesOfFreedom / ((1 + rho) * (1 - rho))).squareRoot()
        return (rho, StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom))
    }
}
