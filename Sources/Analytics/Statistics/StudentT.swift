/// Student's t distribution with ν degrees of freedom (ν > 0, not necessarily whole).
public enum StudentT {
    /// P(T ≤ t); NaN when the degrees of freedom are not positive.
    public static func cdf(_ t: Double, degreesOfFreedom: Double) -> Double {
        let tail = lowerTailBeyond(abs(t), degreesOfFreedom: degreesOfFreedom)
        return t > 0 ? 1 - tail : tail
    }

    /// P(T > t), accurate far into the upper tail; NaN when the degrees of freedom are not positive.
    public static func survival(_ t: Double, degreesOfFreedom: Double) -> Double {
        let tail = lowerTailBeyond(abs(t), degreesOfFreedom: degreesOfFreedom)
        return t < 0 ? 1 - tail : tail
    }

    /// P(|T| ≥ |t|), the two-sided p-value of a t statistic.
    public static func twoSidedP(_ t: Double, degreesOfFreedom: Double) -> Double {
        min(1, 2 * lowerTailBeyond(abs(t), degreesOfFreedom: degreesOfFreedom))
    }

    /// P(T > a) for a ≥ 0, as ½·I_{ν/(ν+a²)}(ν/2, ½).
    private static func lowerTailBeyond(_ a: Double, degreesOfFreedom: Double) -> Double {
        guard degreesOfFreedom > 0, !a.isNaN else { return .nan }
        if a == .infinity { return 0 }
        let x = degreesOfFreedom / (degreesOfFreedom + a * a)
        return 0.5 * IncompleteBeta.regularized(x, degreesOfFreedom / 2, 0.5)
    }
}
