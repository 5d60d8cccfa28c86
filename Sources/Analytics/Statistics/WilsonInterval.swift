/// The Wilson score interval for a binomial proportion (like scipy's binomtest(...).proportion_ci(method="wilson")).
public enum WilsonInterval {
    /// The two-sided interval for successes out of trials at the given confidence; nil when trials ≤ 0,
    /// successes lie outside 0...trials, or the confidence lies outside the open interval (0, 1).
    public static func of(successes: Int, trials: Int, confidence: Double = 0.95) -> (lower: Double, upper: Double)? {
        guard trials > 0, successes >= 0, successes <= trials, confidence > 0, confidence < 1 else { return nil }
        let n = Double(trials)
        let proportion = Double(successes) / n
        let z = NormalDistribution.quantile(0.5 + 0.5 * confidence)
        let denominator = 2 * (n + z * z)
        let center = (2 * n * proportion + z * z) / denominator
        let halfWidth = z / denominator * (4 * n * proportion * (1 - proportion) + z * z).squareRoot()
        let lower = successes == 0 ? 0 : max(0, center - halfWidth)
        let upper = successes == trials ? 1 : min(1, center + halfWidth)
        return (lower, upper)
    }
}
