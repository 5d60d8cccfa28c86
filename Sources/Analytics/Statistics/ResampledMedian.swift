import Foundation
import RapportCore

/// The median of a bootstrap resample drawn in constant time from the sorted original values.
///
/// A resample of n values drawn with replacement takes index ⌊n·U⌋ for n uniform U, so its k-th smallest
/// value is `sorted[⌊n·U₍ₖ₎⌋]`, where U₍ₖ₎ — the k-th smallest of n uniforms — follows Beta(k, n − k + 1).
/// Drawing that order statistic directly gives exactly the distribution of the naive bootstrap median,
/// without drawing n indices per resample.
public struct ResampledMedian: Sendable {
    /// The original values, ascending.
    public let sorted: [Double]

    /// A sampler over values that are already sorted ascending (at least one).
    public init(sorted: [Double]) {
        precondition(!sorted.isEmpty, "a resampled median needs at least one value")
        self.sorted = sorted
    }

    /// One resample's type-7 median. Draws, in order: Gamma(k + 1) and Gamma(n − k) for the lower middle
    /// order statistic (k = ⌊(n − 1)/2⌋), then for even n one `nextUnit` for the gap to the next one.
    public func draw(using generator: inout SplitMix64) -> Double {
        let n = sorted.count
        guard n > 1 else { return sorted[0] }
        let position = 0.5 * Double(n - 1)
        let k = Int(position)
        let fraction = position - Double(k)
        let lowerUniform = Self.beta(Double(k + 1), Double(n - k), using: &generator)
        let lower = sorted[index(of: lowerUniform)]
        guard fraction > 0 else { return lower }
        let remaining = Double(n - k - 1)
        let gap = 1 - Foundation.pow(1 - generator.nextUnit(), 1 / remaining)
        let upperUniform = lowerUniform + (1 - lowerUniform) * gap
        return lower + (sorted[index(of: upperUniform)] - lower) * fraction
    }

    /// The original index a uniform order statistic picks.
    private func index(of uniform: Double) -> Int {
        min(sorted.count - 1, max(0, Int(Double(sorted.count) * uniform)))
    }

    /// A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b), drawn in that order.
    static func beta(_ a: Double, _ b: Double, using generator: inout SplitMix64) -> Double {
        let x = gamma(a, using: &generator)
        let y = gamma(b, using: &generator)
        return x / (x + y)
    }

    /// A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang 2000): per try one standard normal
    /// (Box–Muller, cosine branch: two `nextUnit`s) and one `nextUnit`.
    static func gamma(_ shape: Double, using generator: inout SplitMix64) -> Double {
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let radius = (-2 * Foundation.log(1 - generator.nextUnit())).squareRoot()
            let normal = radius * Foundation.cos(2 * Double.pi * generator.nextUnit())
            let base = 1 + c * normal
            let u = generator.nextUnit()
            guard base > 0 else { continue }
            let v = base * base * base
            if Foundation.log(u) < 0.5 * normal * normal + d - d * v + d * Foundation.log(v) { return d * v }
        }
    }
}
