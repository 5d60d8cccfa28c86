@testable import ExportModule
import XCTest

/// A series' values and the reach of its interval above and below them.
final class ChartSeriesTests: XCTestCase {
    func testReachesAreTheDistancesToTheBounds() throws {
        let series = ChartSeries(name: "s", values: [0.5, nil, 0.2, .nan],
                                 interval: ChartInterval(lower: [0.4, 0.1, nil, 0.1], upper: [0.75, 0.3, 0.3, 0.2]))
        // 0.75 − 0.5 = 0.25 and 0.5 − 0.4 = 0.1; no value, no reach; no lower bound, no reach below.
        XCTAssertEqual(try XCTUnwrap(series.above(0)), 0.25, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(series.below(0)), 0.1, accuracy: 1e-12)
        XCTAssertNil(series.above(1))
        XCTAssertNil(series.below(2))
        XCTAssertEqual(try XCTUnwrap(series.above(2)), 0.1, accuracy: 1e-12)
        XCTAssertNil(series.value(3), "NaN is a gap")
        XCTAssertNil(series.value(9), "beyond the values given")
    }

    func testABoundOnTheWrongSideReachesNothing() {
        let series = ChartSeries(name: "s", values: [0.5], interval: ChartInterval(lower: [0.6], upper: [0.4]))
        XCTAssertEqual(series.above(0), 0)
        XCTAssertEqual(series.below(0), 0)
    }
}
