import XCTest
@testable import Analytics

/// I_x(a, b) against closed forms worked by hand.
final class IncompleteBetaTests: XCTestCase {
    func testClosedForms() {
        // I_x(a, 1) = x^a: 0.3³ = 0.027 (direct branch), 0.9² = 0.81 (symmetry branch).
        XCTAssertEqual(IncompleteBeta.regularized(0.3, 3, 1), 0.027, accuracy: 1e-15)
        XCTAssertEqual(IncompleteBeta.regularized(0.9, 2, 1), 0.81, accuracy: 1e-15)
        // I_x(1, b) = 1 − (1 − x)^b: x = 0.2, b = 3 gives 1 − 0.512 = 0.488.
        XCTAssertEqual(IncompleteBeta.regularized(0.2, 1, 3), 0.488, accuracy: 1e-15)
    }

    func testEdges() {
        XCTAssertEqual(IncompleteBeta.regularized(0, 2, 3), 0)
        XCTAssertEqual(IncompleteBeta.regularized(1, 2, 3), 1)
        XCTAssertTrue(IncompleteBeta.regularized(1.5, 2, 3).isNaN)
    }
}
