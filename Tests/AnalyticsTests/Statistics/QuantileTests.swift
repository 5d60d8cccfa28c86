import XCTest
@testable import Analytics

/// Expected values from numpy 2 (`numpy.quantile(values, q)`, default method "linear"), computed by hand below.
final class QuantileTests: XCTestCase {
    func testLinearInterpolationMatchesNumpyDefault() {
        // numpy.quantile([7, 1, 3, 10], [0.25, 0.5, 0.75]) == [2.5, 5.0, 7.75]
        let values: [Double] = [7, 1, 3, 10]
        XCTAssertEqual(Quantile.of(values, 0.25)!, 2.5, accuracy: 1e-12)
        XCTAssertEqual(Quantile.median(values)!, 5.0, accuracy: 1e-12)
        XCTAssertEqual(Quantile.of(values, 0.75)!, 7.75, accuracy: 1e-12)
    }

    func testEndsAndSingleValue() {
        XCTAssertEqual(Quantile.of([4, 2, 9], 0)!, 2)
        XCTAssertEqual(Quantile.of([4, 2, 9], 1)!, 9)
        XCTAssertEqual(Quantile.median([42])!, 42)
        XCTAssertNil(Quantile.median([]))
    }
}
