import Foundation
import RapportCore

/// Draws from the distributions the simulations need, built only on SplitMix64's `nextUnit()`.
///
/// Each formula is fixed and documented so that another implementation (the tests use Python)
/// gives the same numbers for the same seed.
extension SplitMix64 {
    /// A standard normal number: Box–Muller from two units, cosine branch only,
    /// `sqrt(-2 ln(1 - u1)) * cos(2 pi u2)`. As 1 − u1 ≥ 2⁻⁵³ it lies within ±8.58, which bounds every lognormal
    /// draw, so the simulators' conversions of draws to whole numbers (with their flags' limits) cannot overflow.
    mutating func normal() -> Double {
        let u1 = nextUnit(), u2 = nextUnit()
        return (-2 * log(1 - u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A lognormal number with the given median: `median * exp(sigma * normal())`.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(sigma * normal())
    }

    /// A uniform number in `low..<high`: `low + (high - low) * u`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUnit()
    }

    /// True with the given probability: `u < probability`.
    mutating func chance(_ probability: Double) -> Bool {
        nextUnit() < probability
    }

    /// A Poisson count: Knuth's product of units below 30, else `max(0, round(mean + sqrt(mean) * normal()))`.
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean >= 30 { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
        let limit = exp(-mean)
        var product = nextUnit()
        var count = 0
        while product > limit {
            product *= nextUnit()
            count += 1
        }
        return count
    }
}
