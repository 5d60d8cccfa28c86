import XCTest
@testable import Analytics

/// Spearman's rho against scipy.stats.spearmanr(x, y), scipy 1.17.1.
final class SpearmanTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("spearman") {
            let label = StatisticsReference.label(reference)
            let result = Spearman.test(StatisticsReference.numbers(reference, "x"),
                                       StatisticsReference.numbers(reference, "y"))
            assertClose(result?.rho, StatisticsReference.number(reference, "rho"), relative: 1e-9, label)
            assertClose(result?.p, StatisticsReference.number(reference, "p"), relative: 1e-6, label)
        }
    }

    func testUnusableInputIsNil() {
        XCTAssertNil(Spearman.test([1, 2, 3], [1, 2]))
        XCTAssertNil(Spearman.test([1, 2], [2, 1]))
        XCTAssertNil(Spearman.test([1, 2, 3], [4, 4, 4]))
    }
}
