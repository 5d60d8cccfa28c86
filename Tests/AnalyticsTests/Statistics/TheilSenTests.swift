import XCTest
@testable import Analytics

/// Theil–Sen lines against scipy.stats.theilslopes(y, x, alpha), scipy 1.17.1 (Fixtures/make_trend_reference.py).
final class TheilSenTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("theilSen", in: .trend) {
            let label = StatisticsReference.label(reference)
            let line = TheilSen.fit(x: StatisticsReference.numbers(reference, "x"),
                                    y: StatisticsReference.numbers(reference, "y"),
                                    confidence: StatisticsReference.number(reference, "confidence"))
            guard reference["slope"] is NSNumber else {
                XCTAssertNil(line, "scipy gives NaN: \(label)")
                continue
            }
            assertClose(line?.slope, StatisticsReference.number(reference, "slope"), relative: 1e-12, absolute: 1e-15,
                        label)
            assertClose(line?.intercept, StatisticsReference.number(reference, "intercept"), relative: 1e-12,
                        absolute: 1e-15, label)
            guard reference["low"] is NSNumber else {
                XCTAssertNotNil(line, label)
                XCTAssertNil(line?.slopeInterval, "scipy gives a NaN interval: \(label)")
                continue
            }
            assertClose(line?.slopeInterval?.lower, StatisticsReference.number(reference, "low"), relative: 1e-12,
                        absolute: 1e-15, label)
            assertClose(line?.slopeInterval?.upper, StatisticsReference.number(reference, "high"), relative: 1e-12,
                        absolute: 1e-15, label)
        }
    }

    func testHandWorkedThreePoints() throws {
        // Slopes of (0, 1), (1, 0.5), (2, 2): −0.5, 0.5, 1.5; median 0.5; intercept median(y) − 0.5·median(x)
        // = 0.5. σ² = 3·2·11/18 = 3.667, z·σ = −1.96·1.915 = −3.753: Rᵤ = min(round(3.38), 2) = 2,
        // Rₗ = max(round(−0.38) − 1, 0) = 0.
        let line = try XCTUnwrap(TheilSen.fit(x: [0, 1, 2], y: [1, 0.5, 2]))
        XCTAssertEqual(line.slope, 0.5)
        XCTAssertEqual(line.intercept, 0.5)
        XCTAssertEqual(line.slopeInterval?.lower, -0.5)
        XCTAssertEqual(line.slopeInterval?.upper, 1.5)
    }

    func testUnusableInputIsNil() {
        XCTAssertNil(TheilSen.fit(x: [0, 1, 2], y: [1, 2]))
        XCTAssertNil(TheilSen.fit(x: [0], y: [1]))
        XCTAssertNil(TheilSen.fit(x: [0, 1, 2], y: [1, .nan, 2]))
        XCTAssertNil(TheilSen.fit(x: [0, .infinity], y: [1, 2]))
        XCTAssertNil(TheilSen.fit(x: [0, 1e-300], y: [-1e300, 1e300]))
        XCTAssertNil(TheilSen.fit(x: [0, 1], y: [1, 2], confidence: 1))
    }
}
