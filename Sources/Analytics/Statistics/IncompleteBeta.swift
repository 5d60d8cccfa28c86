import Foundation

/// The regularized incomplete beta function I_x(a, b).
enum IncompleteBeta {
    /// Relative precision the continued fraction stops at.
    private static let precision = 3e-16
    /// The most terms the continued fraction may take.
    private static let maximumTerms = 10_000

    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1; NaN for other arguments.
    static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0, x >= 0, x <= 1 else { return .nan }
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    /// The continued fraction of I_x(a, b) (modified Lentz), fast for x < (a + 1) / (a + b + 2).
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for index in 1...maximumTerms {
            let m = Double(index)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < precision { break }
        }
        return fraction
    }
}
