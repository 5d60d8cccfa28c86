import Foundation

/// Kendall's tau-b with its two-sided p (like scipy.stats.kendalltau(x, y) with its defaults, scipy 1.17); with
/// time as x it is the Mann–Kendall trend test.
public enum KendallTau {
    /// The outcome of the test.
    public struct Result: Sendable, Equatable {
        /// Tau-b: (concordant − discordant) / √((pairs − pairs tied in x) · (pairs − pairs tied in y)).
        public let tau: Double
        /// The two-sided p of no association.
        public let p: Double
        /// Whether p comes from the exact null distribution (else from the normal approximation).
        public let isExact: Bool
    }

    /// Tau-b and p by scipy's rule for `method='auto'`: exact when neither sample has ties and there are at most
    /// 33 pairs of values or at most one pair is discordant (or concordant), else the normal approximation of
    /// concordant − discordant with the tie-corrected variance. Nil where scipy gives NaN: the lengths differ,
    /// fewer than two pairs, a NaN, or all x or all y equal.
    public static func test(_ x: [Double], _ y: [Double]) -> Result? {
        guard x.count == y.count, x.count >= 2, !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else {
            return nil
        }
        let n = x.count
        let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && y[$0] < y[$1]) }
        var ySequence = order.map { y[$0] }
        let discordant = Double(strictInversions(&ySequence))
        let xTies = TieCounts(x), yTies = TieCounts(y)
        let jointTies = TieCounts(pairs: order.map { (x[$0], y[$0]) })
        let total = Double(n) * Double(n - 1) / 2
        guard xTies.pairs < total, yTies.pairs < total else { return nil }
        let concordantMinusDiscordant = total - xTies.pairs - yTies.pairs + jointTies.pairs - 2 * discordant
        let tau = concordantMinusDiscordant / (total - xTies.pairs).squareRoot() / (total - yTies.pairs).squareRoot()
        let clipped = min(1, max(-1, tau))
        if xTies.pairs == 0, yTies.pairs == 0, n <= 33 || min(discordant, total - discordant) <= 1 {
            return Result(tau: clipped, p: exactP(n: n, concordant: Int(total - discordant)), isExact: true)
        }
        let m = Double(n) * Double(n - 1)
        let variance = (m * (2 * Double(n) + 5) - xTies.cubicSum - yTies.cubicSum) / 18
            + 2 * xTies.pairs * yTies.pairs / m + xTies.tripleSum * yTies.tripleSum / (9 * m * Double(n - 2))
        guard variance > 0 else { return nil }
        let z = concordantMinusDiscordant / variance.squareRoot()
        return Result(tau: clipped, p: 2 * NormalDistribution.survival(abs(z)), isExact: false)
    }

    /// The sums over groups of t equal values that the tie corrections need.
    private struct TieCounts {
        /// Σ t(t − 1)/2: the pairs tied.
        var pairs = 0.0
        /// Σ t(t − 1)(t − 2).
        var tripleSum = 0.0
        /// Σ t(t − 1)(2t + 5).
        var cubicSum = 0.0

        /// The sums for the groups of equal values.
        init(_ values: [Double]) {
            let sorted = values.sorted()
            self.init(count: sorted.count) { sorted[$0] == sorted[$1] }
        }

        /// The pairs tied in both coordinates, from pairs already sorted by x and then y.
        init(pairs sorted: [(Double, Double)]) {
            self.init(count: sorted.count) { sorted[$0] == sorted[$1] }
        }

        /// The sums for the runs of equal items among `count` sorted ones, `equal` comparing two by index.
        private init(count: Int, equal: (Int, Int) -> Bool) {
            var start = 0
            while start < count {
                var end = start + 1
                while end < count, equal(end, start) { end += 1 }
                add(groupOf: end - start)
                start = end
            }
        }

        /// Adds one group of tied values.
        private mutating func add(groupOf size: Int) {
            let t = Double(size)
            pairs += t * (t - 1) / 2
            tripleSum += t * (t - 1) * (t - 2)
            cubicSum += t * (t - 1) * (2 * t + 5)
        }
    }

    /// The pairs i < j with values[i] > values[j], counted by a merge sort (which leaves the values sorted).
    private static func strictInversions(_ values: inout [Double]) -> Int {
        var buffer = values
        var inversions = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var left = start, right = middle, target = start
                while left < middle || right < end {
                    if right >= end || (left < middle && values[left] <= values[right]) {
                        buffer[target] = values[left]
                        left += 1
                    } else {
                        inversions += middle - left
                        buffer[target] = values[right]
                        right += 1
                    }
                    target += 1
                }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return inversions
    }

    /// The two-sided exact p for n values without ties and the given number of concordant pairs, as scipy's
    /// `_kendall_p_exact`: twice the lower tail of the number of inversions of a random permutation, whose
    /// counts follow Iⱼ(k) = Σᵢ₌₀..ⱼ₋₁ Iⱼ₋₁(k − i); capped at 1.
    private static func exactP(n: Int, concordant: Int) -> Double {
        let pairs = n * (n - 1) / 2
        let c = min(concordant, pairs - concordant)
        if n <= 2 || 4 * c == n * (n - 1) { return 1 }
        if c == 0 { return n < 171 ? 2 / factorial(n) : 0 }
        if c == 1 { return n < 172 ? 2 / factorial(n - 1) : 0 }
        var counts = [Double](repeating: 0, count: c + 1)
        counts[0] = 1
        counts[1] = 1
        for j in 3...n {
            for k in 1...c { counts[k] += counts[k - 1] }
            if j <= c { for k in stride(from: c, through: j, by: -1) { counts[k] -= counts[k - j] } }
        }
        return min(1, max(0, 2 * counts.reduce(0, +) / factorial(n)))
    }

    /// n! as a Double (exact to rounding for the n ≤ 171 it is asked for).
    private static func factorial(_ n: Int) -> Double {
        (1...max(1, n)).reduce(1.0) { $0 * Double($1) }
    }
}
