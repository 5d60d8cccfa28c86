/// The two-sided Mann-Whitney U test (like scipy.stats.mannwhitneyu(x, y, alternative="two-sided")).
public enum MannWhitney {
    /// How the p-value is found.
    public enum Method: Sendable {
        /// scipy 1.17's rule: exact when either sample has at most 8 values and there are no ties, else asymptotic.
        case auto
        /// The exact null distribution of U (a non-integer U with ties is truncated, as scipy does).
        case exact
        /// The normal approximation with tie-corrected variance and continuity correction.
        case asymptotic
    }

    /// U (scipy's U1, for x) and the two-sided p; nil when a sample is empty or holds NaN, or when `.exact`
    /// is asked of samples so large that the number of arrangements overflows a Double.
    public static func test(_ x: [Double], _ y: [Double], method: Method = .auto) -> (u: Double, p: Double)? {
        guard !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return nil }
        return test(sortedX: RadixSort.sorted(x), sortedY: RadixSort.sorted(y), method: method)
    }

    /// The same test on samples already sorted ascending (without NaN): ranks come from one merge pass, O(n).
    public static func test(sortedX x: [Double], sortedY y: [Double], method: Method = .auto) -> (u: Double, p: Double)? {
        guard !x.isEmpty, !y.isEmpty else { return nil }
        var i = 0, j = 0
        var rankSum = 0.0, tieCubeSum = 0.0
        while i < x.count || j < y.count {
            let value = j >= y.count || (i < x.count && x[i] <= y[j]) ? x[i] : y[j]
            let start = i + j
            var inX = 0, inY = 0
            while i < x.count, x[i] == value { i += 1; inX += 1 }
            while j < y.count, y[j] == value { j += 1; inY += 1 }
            let tied = Double(inX + inY)
            rankSum += Double(inX) * (Double(start) + (tied + 1) / 2)
            tieCubeSum += tied * tied * tied - tied
        }
        let n1 = Double(x.count)
        let n2 = Double(y.count)
        let u1 = rankSum - n1 * (n1 + 1) / 2
        let larger = max(u1, n1 * n2 - u1)
        let useExact: Bool
        switch method {
        case .exact: useExact = true
        case .asymptotic: useExact = false
        case .auto: useExact = (x.count <= 8 || y.count <= 8) && tieCubeSum == 0
        }
        if useExact {
            guard let p = exactP(larger: larger, x.count, y.count) else { return nil }
            return (u1, p)
        }
        return (u1, asymptoticP(larger: larger, n1, n2, tieCubeSum: tieCubeSum))
    }

    /// 2·P(U ≥ larger) under the normal approximation with tie correction and continuity correction.
    private static func asymptoticP(larger: Double, _ n1: Double, _ n2: Double, tieCubeSum: Double) -> Double {
        let n = n1 + n2
        let spread = (n1 * n2 / 12 * ((n + 1) - tieCubeSum / (n * (n - 1)))).squareRoot()
        let z = (larger - n1 * n2 / 2 - 0.5) / spread
        return min(1, 2 * NormalDistribution.survival(z))
    }

    /// 2·P(U ≥ ⌊larger⌋) = 2·P(U ≤ n1·n2 − ⌊larger⌋) from the exact null distribution, capped at 1.
    /// The counts of U are the coefficients of the Gaussian binomial ∏ᵢ₌₁..ₘ (1 − q^(n+i)) / (1 − q^i),
    /// m = min(n1, n2), n = max(n1, n2), needed only up to that bound: O(m · n1 · n2) time at most.
    private static func exactP(larger: Double, _ n1: Int, _ n2: Int) -> Double? {
        let m = min(n1, n2)
        let n = max(n1, n2)
        var arrangements = 1.0
        for i in 1...m { arrangements = arrangements * Double(n + i) / Double(i) }
        guard arrangements.isFinite else { return nil }
        let bound = max(0, n1 * n2 - Int(larger.rounded(.towardZero)))
        var counts = [Double](repeating: 0, count: bound + 1)
        counts[0] = 1
        for i in 1...m {
            if i <= bound { for u in i...bound { counts[u] += counts[u - i] } }
            let shift = n + i
            if shift <= bound { for u in stride(from: bound, through: shift, by: -1) { counts[u] -= counts[u - shift] } }
        }
        let cumulative = counts.reduce(0, +) / arrangements
        return min(1, 2 * cumulative)
    }
}
