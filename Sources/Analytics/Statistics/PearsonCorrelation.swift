/// Pearson's product-moment correlation of two paired samples (like scipy.stats.pearsonr's r).
public enum PearsonCorrelation {
    /// Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), clamped to [−1, 1]; nil when the samples differ in length,
    /// have fewer than two pairs, hold a non-finite value, or one of them is constant.
    public static func of(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else { return nil }
        let xMean = x.reduce(0, +) / Double(x.count)
        let yMean = y.reduce(0, +) / Double(y.count)
        var crossSum = 0.0
        var xSquares = 0.0
        var ySquares = 0.0
        for index in x.indices {
            let xDeviation = x[index] - xMean
            let yDeviation = y[index] - yMean
            crossSum += xDeviation * yDeviation
            xSquares += xDeviation * xDeviation
            ySquares += yDeviation * yDeviation
        }
        guard xSquares > 0, ySquares > 0 else { return nil }
        return min(1, max(-1, crossSum / (xSquares * ySquares).squareRoot()))
    }
}
