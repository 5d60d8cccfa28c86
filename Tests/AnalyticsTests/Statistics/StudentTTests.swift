import XCTest
@testable import Analytics

/// Student's t against scipy.stats.t.
final class StudentTTests: XCTestCase {
    func testCdfAndSurvivalMatchScipy() {
        for reference in StatisticsReference.cases("studentT") {
            let t = StatisticsReference.number(reference, "t")
            let df = StatisticsReference.number(reference, "df")
            let label = StatisticsReference.label(reference)
            assertClose(StudentT.cdf(t, degreesOfFreedom: df), StatisticsReference.number(reference, "cdf"),
                        relative: 1e-10, label)
            assertClose(StudentT.survival(t, degreesOfFreedom: df), StatisticsReference.number(reference, "survival"),
                        relative: 1e-10, label)
        }
    }

    func testTwoSidedPOfOneDegreeOfFreedom() {
        // With 1 df, T is Cauchy: P(|T| ≥ 1) = 1 − (2/π)·atan(1) = 1 − 0.5 = 0.5.
        XCTAssertEqual(StudentT.twoSidedP(-1, degreesOfFreedom: 1), 0.5, accuracy: 1e-14)
    }

    func testInvalidDegreesOfFreedomGiveNaN() {
        XCTAssertTrue(StudentT.cdf(1, degreesOfFreedom: 0).isNaN)
    }
}
