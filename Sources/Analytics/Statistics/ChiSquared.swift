/// The chi-squared distribution and the chi-squared tests built on it.
public enum ChiSquared {
    /// P(X > x) for X chi-squared with the given degrees of freedom (> 0), via Q(ν/2, x/2); 1 for x ≤ 0.
    public static func survival(_ x: Double, degreesOfFreedom: Double) -> Double {
        guard degreesOfFreedom > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.upper(degreesOfFreedom / 2, x / 2)
    }

    /// Pearson's goodness-of-fit test of observed against expected counts, df = k − 1 (like scipy.stats.chisquare).
    /// Callers check their input: counts of different lengths or fewer than two categories give NaN statistic and p.
    public static func test(observed: [Double], expected: [Double]) -> (statistic: Double, degreesOfFreedom: Int, p: Double) {
        let degreesOfFreedom = max(observed.count - 1, 0)
        guard observed.count == expected.count, observed.count >= 2 else {
            return (.nan, degreesOfFreedom, .nan)
        }
        var statistic = 0.0
        for index in observed.indices {
            let difference = observed[index] - expected[index]
            statistic += difference * difference / expected[index]
        }
        return (statistic, degreesOfFreedom, survival(statistic, degreesOfFreedom: Double(degreesOfFreedom)))
    }
}
