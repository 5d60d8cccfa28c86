/// Welch's two-sample t test with unequal variances (like scipy.stats.ttest_ind(x, y, equal_var=False)).
public enum WelchTest {
    /// t, the Welch–Satterthwaite degrees of freedom and the two-sided p; nil when a sample has fewer than
    /// two values or a non-finite one, or when both samples are constant (no spread to test against).
    public static func test(_ x: [Double], _ y: [Double]) -> (t: Double, degreesOfFreedom: Double, p: Double)? {
        guard let first = SampleMoments(x), let second = SampleMoments(y) else { return nil }
        let firstShare = first.variance / first.count
        let secondShare = second.variance / second.count
        let squaredError = firstShare + secondShare
        guard squaredError > 0 else { return nil }
        let t = (first.mean - second.mean) / squaredError.squareRoot()
        let degreesOfFreedom = squaredError * squaredError
            / (firstShare * firstShare / (first.count - 1) + secondShare * secondShare / (second.count - 1))
        return (t, degreesOfFreedom, StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom))
    }
}
