import XCTest
@testable import Analytics

/// Pearson's r by hand.
final class PearsonCorrelationTests: XCTestCase {
    func testByHand() throws {
        // x = 1 2 3, y = 2 1 3: deviations (−1 0 1) and (0 −1 1); Σxy = 1, Σx² = 2, Σy² = 2, r = 1/2.
        XCTAssertEqual(try XCTUnwrap(PearsonCorrelation.of([1, 2, 3], [2, 1, 3])), 0.5, accuracy: 1e-15)
    }

    func testUndefinedCases() {
        XCTAssertNil(PearsonCorrelation.of([1, 1, 1], [1, 2, 3]))
        XCTAssertNil(PearsonCorrelation.of([1], [1]))
        XCTAssertNil(PearsonCorrelation.of([1, 2], [1, 2, 3]))
        XCTAssertNil(PearsonCorrelation.of([1, .nan], [1, 2]))
    }
}
