import XCTest
@testable import Analytics

/// Cliff's delta against the all-pairs count in Fixtures/make_statistics_reference.py.
final class CliffsDeltaTests: XCTestCase {
    func testMatchesAllPairsCount() {
        for reference in StatisticsReference.cases("cliffsDelta") {
            let delta = CliffsDelta.of(StatisticsReference.numbers(reference, "x"),
                                       StatisticsReference.numbers(reference, "y"))
            assertClose(delta, StatisticsReference.number(reference, "delta"), relative: 1e-12, absolute: 1e-15,
                        StatisticsReference.label(reference))
        }
    }

    func testByHand() {
        // x = [2, 4], y = [1, 2, 5]: pairs (2,1) >, (2,2) =, (2,5) <, (4,1) >, (4,2) >, (4,5) < → (3 − 2)/6.
        XCTAssertEqual(CliffsDelta.of([2, 4], [1, 2, 5])!, 1.0 / 6, accuracy: 1e-15)
        XCTAssertNil(CliffsDelta.of([], [1]))
        XCTAssertNil(CliffsDelta.of([.nan], [1]))
    }
}
