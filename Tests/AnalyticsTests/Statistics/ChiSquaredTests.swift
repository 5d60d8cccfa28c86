import XCTest
@testable import Analytics

/// The chi-squared tail and tests against scipy.stats.chi2, chisquare and chi2_contingency(correction=False).
final class ChiSquaredTests: XCTestCase {
    func testSurvivalMatchesScipy() {
        for reference in StatisticsReference.cases("chiSquaredSurvival") {
            let p = ChiSquared.survival(StatisticsReference.number(reference, "x"),
                                        degreesOfFreedom: StatisticsReference.number(reference, "df"))
            assertClose(p, StatisticsReference.number(reference, "p"), relative: 1e-10,
                        StatisticsReference.label(reference))
        }
    }

    func testSurvivalWithTwoDegreesOfFreedomIsExponential() {
        // With 2 df, P(X > x) = exp(−x/2): x = 3 gives exp(−1.5) = 0.22313016014842982.
        XCTAssertEqual(ChiSquared.survival(3, degreesOfFreedom: 2), 0.22313016014842982, accuracy: 1e-15)
        XCTAssertEqual(ChiSquared.survival(0, degreesOfFreedom: 2), 1)
    }

    func testGoodnessOfFitMatchesScipy() {
        for reference in StatisticsReference.cases("chiSquaredGoodnessOfFit") {
            let label = StatisticsReference.label(reference)
            let result = ChiSquared.test(observed: StatisticsReference.numbers(reference, "observed"),
                                         expected: StatisticsReference.numbers(reference, "expected"))
            assertClose(result.statistic, StatisticsReference.number(reference, "statistic"), relative: 1e-9, label)
            XCTAssertEqual(result.degreesOfFreedom, reference["df"] as? Int, label)
            assertClose(result.p, StatisticsReference.number(reference, "p"), relative: 1e-6, label)
        }
    }

    func testGoodnessOfFitWithMismatchedCountsIsNaN() {
        XCTAssertTrue(ChiSquared.test(observed: [1, 2, 3], expected: [2, 2]).statistic.isNaN)
    }
}
