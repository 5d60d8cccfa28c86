import XCTest
@testable import Analytics

/// Wilson intervals against scipy.stats.binomtest(k, n).proportion_ci(method="wilson").
final class WilsonIntervalTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("wilson") {
            let label = StatisticsReference.label(reference)
            let interval = WilsonInterval.of(successes: reference["successes"] as? Int ?? -1,
                                             trials: reference["trials"] as? Int ?? -1,
                                             confidence: StatisticsReference.number(reference, "confidence"))
            assertClose(interval?.lower, StatisticsReference.number(reference, "lower"), relative: 1e-9,
                        absolute: 1e-15, label)
            assertClose(interval?.upper, StatisticsReference.number(reference, "upper"), relative: 1e-9, label)
        }
    }

    func testHandWorkedExample() throws {
        // k = 5, n = 10, z = 1.959964 (z² = 3.841459): centre = (2·10·0.5 + z²)/(2(10 + z²)) = 0.5,
        // half = z/(2(10 + z²))·√(4·10·0.5·0.5 + z²) = 1.959964/27.682918·√13.841459 = 0.070801·3.720411 = 0.263407
        let interval = try XCTUnwrap(WilsonInterval.of(successes: 5, trials: 10))
        XCTAssertEqual(interval.lower, 0.5 - 0.263407, accuracy: 1e-5)
        XCTAssertEqual(interval.upper, 0.5 + 0.263407, accuracy: 1e-5)
    }

    func testRejectsImpossibleCounts() {
        XCTAssertNil(WilsonInterval.of(successes: 0, trials: 0))
        XCTAssertNil(WilsonInterval.of(successes: 4, trials: 3))
        XCTAssertNil(WilsonInterval.of(successes: -1, trials: 3))
        XCTAssertNil(WilsonInterval.of(successes: 1, trials: 3, confidence: 1))
    }
}
