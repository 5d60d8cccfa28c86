import XCTest
@testable import Analytics

/// Cronbach's alpha against the textbook formula computed with numpy in Fixtures/make_statistics_reference.py.
final class CronbachAlphaTests: XCTestCase {
    func testMatchesTextbookFormula() {
        for reference in StatisticsReference.cases("cronbach") {
            assertClose(CronbachAlpha.of(items: StatisticsReference.numberLists(reference, "items")),
                        StatisticsReference.number(reference, "alpha"), relative: 1e-9,
                        StatisticsReference.label(reference))
        }
    }

    func testByHand() {
        // Items [1,2,3] and [1,2,3]: item variances 1 and 1, totals [2,4,6] variance 4,
        // alpha = 2/1 · (1 − 2/4) = 1.
        XCTAssertEqual(CronbachAlpha.of(items: [[1, 2, 3], [1, 2, 3]])!, 1, accuracy: 1e-15)
    }

    func testUnusableItemsAreNil() {
        XCTAssertNil(CronbachAlpha.of(items: [[1, 2, 3]]))
        XCTAssertNil(CronbachAlpha.of(items: [[1, 2, 3], [1, 2]]))
        XCTAssertNil(CronbachAlpha.of(items: [[1, 1, 1], [2, 2, 2]]))
    }
}
