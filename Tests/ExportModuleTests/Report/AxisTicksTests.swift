@testable import ExportModule
import XCTest

/// Round ticks for value axes, worked out by hand.
final class AxisTicksTests: XCTestCase {
    func testTicksAreRoundStepsCoveringTheValues() {
        // 0.012 … 0.041 in about 6 ticks: a rough step of 0.029 / 5 = 0.0058 rounds up to 0.01, from 0.01 to 0.05.
        let ticks = AxisTicks.covering(low: 0.012, high: 0.041, count: 6)
        XCTAssertEqual(ticks.count, 5)
        for (tick, expected) in zip(ticks, [0.01, 0.02, 0.03, 0.04, 0.05]) {
            XCTAssertEqual(tick, expected, accuracy: 1e-12)
        }
        // 987,654 … 1,666,602 in 5: rough 169,737 → 200,000, from 800,000 to 1,800,000.
        XCTAssertEqual(AxisTicks.covering(low: 987_654, high: 1_666_602, count: 5),
                       [800_000, 1_000_000, 1_200_000, 1_400_000, 1_600_000, 1_800_000])
        // -3 … 7 in 5: rough 2.5 stays 2.5.
        XCTAssertEqual(AxisTicks.covering(low: -3, high: 7, count: 5), [-5, -2.5, 0, 2.5, 5, 7.5])
    }

    func testEqualAndOddValuesGetASpan() {
        XCTAssertEqual(AxisTicks.covering(low: 0, high: 0, count: 3), [0, 0.5, 1])
        // 10 ± 1 in 3 ticks: step 1, 9 to 11.
        XCTAssertEqual(AxisTicks.covering(low: 10, high: 10, count: 3), [9, 10, 11])
        XCTAssertEqual(AxisTicks.covering(low: .nan, high: 1), [0, 1])
        let huge = Double.greatestFiniteMagnitude
        XCTAssertEqual(AxisTicks.covering(low: -huge, high: huge).count, 2)
    }

    func testRoundStepIsTheNextOfOneTwoTwoAndAHalfFiveTen() {
        XCTAssertEqual(AxisTicks.roundStep(0.0058), 0.01, accuracy: 1e-15)
        XCTAssertEqual(AxisTicks.roundStep(1.5), 2)
        XCTAssertEqual(AxisTicks.roundStep(2.2), 2.5)
        XCTAssertEqual(AxisTicks.roundStep(3), 5)
        XCTAssertEqual(AxisTicks.roundStep(50), 50)
        XCTAssertEqual(AxisTicks.roundStep(51), 100)
    }
}
