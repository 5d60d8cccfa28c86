import XCTest
@testable import Analytics

/// Q(a, x) against closed forms worked by hand.
final class IncompleteGammaTests: XCTestCase {
    func testClosedForms() {
        // Q(1, x) = exp(−x): both the series (x < 2) and the continued fraction (x ≥ 2) branches.
        XCTAssertEqual(IncompleteGamma.upper(1, 0.5), 0.6065306597126334, accuracy: 1e-15)
        XCTAssertEqual(IncompleteGamma.upper(1, 20), 2.061153622438558e-09, accuracy: 1e-22)
        // Q(2, x) = (1 + x)·exp(−x): x = 3 gives 4·exp(−3) = 4·0.049787068367863944 = 0.19914827347145578.
        XCTAssertEqual(IncompleteGamma.upper(2, 3), 0.19914827347145578, accuracy: 1e-15)
    }

    func testEdges() {
        XCTAssertEqual(IncompleteGamma.upper(3, 0), 1)
        XCTAssertEqual(IncompleteGamma.upper(3, .infinity), 0)
        XCTAssertTrue(IncompleteGamma.upper(0, 1).isNaN)
    }
}
