import XCTest
@testable import Analytics

/// Welch's t test against scipy.stats.ttest_ind(x, y, equal_var=False), scipy 1.17.1.
final class WelchTestTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("welch") {
            let label = StatisticsReference.label(reference)
            let result = WelchTest.test(StatisticsReference.numbers(reference, "x"),
                                        StatisticsReference.numbers(reference, "y"))
            assertClose(result?.t, StatisticsReference.number(reference, "t"), relative: 1e-9, absolute: 1e-12, label)
            assertClose(result?.degreesOfFreedom, StatisticsReference.number(reference, "df"), relative: 1e-9, label)
            assertClose(result?.p, StatisticsReference.number(reference, "p"), relative: 1e-6, label)
        }
    }

    func testTooFewOrConstantValuesIsNil() {
        XCTAssertNil(WelchTest.test([4], [1, 2, 3]))
        XCTAssertNil(WelchTest.test([2, 2], [5, 5, 5]))
        XCTAssertNil(WelchTest.test([1, .infinity], [1, 2]))
    }
}
