import Foundation

/// The standard normal distribution: cumulative probability, upper tail and quantile.
public enum NormalDistribution {
    /// P(Z ≤ z) for a standard normal Z.
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// P(Z > z) for a standard normal Z, accurate far into the upper tail.
    public static func survival(_ z: Double) -> Double {
        0.5 * erfc(z / 2.0.squareRoot())
    }

    /// The z with P(Z ≤ z) = p; −∞ at 0, +∞ at 1, NaN outside [0, 1].
    /// Acklam's rational approximation, polished by two Halley steps on the exact cdf.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p > 0.5 { return -lowerHalfQuantile(1 - p) }
        return lowerHalfQuantile(p)
    }

    /// The quantile for 0 < p ≤ 0.5, where the lower tail keeps full relative precision.
    private static func lowerHalfQuantile(_ p: Double) -> Double {
        var z = acklamApproximation(p)
        for _ in 0..<2 {
            let error = cdf(z) - p
            let step = error * (2 * Double.pi).squareRoot() * exp(z * z / 2)
            z -= step / (1 + z * step / 2)
        }
        return z
    }

    /// Acklam's approximation of the lower-half quantile (relative error below 1.2e-9).
    private static func acklamApproximation(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
            let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
            return numerator / denominator
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
        return numerator / denominator
    }
}
