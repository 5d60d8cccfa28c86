/// The Theil–Sen line with Sen's (1968) interval for its slope (like scipy.stats.theilslopes(y, x, alpha=0.95)).
public enum TheilSen {
    /// A fitted line: the median pairwise slope, the intercept through the medians, and the slope's interval.
    public struct Line: Sendable {
        /// The median of the slopes (yⱼ − yᵢ)/(xⱼ − xᵢ) over all pairs with xᵢ < xⱼ.
        public let slope: Double
        /// median(y) − slope · median(x) (scipy's default method, "separate").
        public let intercept: Double
        /// The slopes at Sen's ranks; nil when his variance comes out negative (ties in x with a constant y),
        /// where scipy gives NaN.
        public let slopeInterval: (lower: Double, upper: Double)?
    }

    /// Fits the line through the points (x, y); x may have gaps and ties (pairs with equal x give no slope).
    ///
    /// The interval takes the sorted slopes at the ranks Rₗ = round((N + z·σ)/2) − 1 and
    /// Rᵤ = round((N − z·σ)/2) (0-based, rounded half to even, clamped to the slopes), where N is the number of
    /// slopes, z the normal quantile at (1 − confidence)/2 and σ² = (n(n − 1)(2n + 5) − Σₓ t(t − 1)(2t + 5) −
    /// Σᵧ t(t − 1)(2t + 5))/18 over the groups of t tied values in x and in y (Sen's equation 2.6).
    /// Nil when the lengths differ, there are fewer than two points, a value is not finite, a slope overflows,
    /// the confidence lies outside (0, 1), or all x are equal (no slope at all).
    public static func fit(x: [Double], y: [Double], confidence: Double = 0.95) -> Line? {
        guard x.count == y.count, x.count >= 2, confidence > 0, confidence < 1,
              x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(x.count * (x.count - 1) / 2)
        for i in x.indices {
            for j in x.indices where x[i] > x[j] { slopes.append((y[i] - y[j]) / (x[i] - x[j])) }
        }
        guard slopes.allSatisfy(\.isFinite) else { return nil }
        slopes = RadixSort.sorted(slopes)
        guard let slope = Quantile.ofSorted(slopes, 0.5), let xMedian = Quantile.median(x),
              let yMedian = Quantile.median(y) else { return nil }
        return Line(slope: slope, intercept: yMedian - slope * xMedian,
                    slopeInterval: interval(sortedSlopes: slopes, x: x, y: y, confidence: confidence))
    }

    /// The slopes at Sen's ranks, or nil when his variance is negative.
    private static func interval(sortedSlopes slopes: [Double], x: [Double], y: [Double], confidence: Double)
        -> (lower: Double, upper: Double)? {
        let n = Double(y.count)
        let variance = 1.0 / 18.0 * (n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y))
        guard variance >= 0 else { return nil }
        let spread = NormalDistribution.quantile((1 - confidence) / 2) * variance.squareRoot()
        let count = Double(slopes.count)
        let last = count - 1
        let upperRank = min(max(((count - spread) / 2).rounded(.toNearestOrEven), 0), last)
        let lowerRank = min(max(((count + spread) / 2).rounded(.toNearestOrEven) - 1, 0), last)
        return (slopes[Int(lowerRank)], slopes[Int(upperRank)])
    }

    /// Σ t(t − 1)(2t + 5) over the groups of t ≥ 2 equal values.
    private static func tieTerm(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        var sum = 0.0
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end] == sorted[start] { end += 1 }
            let tied = Double(end - start)
            sum += tied * (tied - 1) * (2 * tied + 5)
            start = end
        }
        return sum
    }
}
