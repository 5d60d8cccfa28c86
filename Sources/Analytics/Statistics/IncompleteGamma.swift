import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
enum IncompleteGamma {
    /// Relative precision the series and the continued fraction stop at.
    private static let precision = 3e-16
    /// The most terms either expansion may take.
    private static let maximumTerms = 10_000

    /// Q(a, x), the upper regularized incomplete gamma function (a > 0, x ≥ 0); NaN for other arguments.
    static func upper(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
        if x == 0 { return 1 }
        if x == .infinity { return 0 }
        if x < a + 1 { return 1 - lowerSeries(a, x) }
        return upperContinuedFraction(a, x)
    }

    /// P(a, x) by its power series, which converges fast for x < a + 1.
    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<maximumTerms {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * precision { break }
        }
        return sum * exp(-x + a * log(x) - lgamma(a))
    }

    /// Q(a, x) by its continued fraction (modified Lentz), which converges fast for x ≥ a + 1.
    private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        for index in 1...maximumTerms {
            let step = Double(index)
            let an = -step * (step - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < precision { break }
        }
        return exp(-x + a * log(x) - lgamma(a)) * fraction
    }
}
