import XCTest
@testable import Analytics

/// The Cholesky solver on systems solved by hand.
final class CholeskyTests: XCTestCase {
    func testSolvesAPositiveDefiniteSystem() throws {
        // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]], x = (1, −1, 2): A·x = (2, −1, 5).
        let solution = try XCTUnwrap(Cholesky.solve([[4, 2, 0], [2, 5, 1], [0, 1, 3]], [2, -1, 5]))
        XCTAssertEqual(solution[0], 1, accuracy: 1e-14)
        XCTAssertEqual(solution[1], -1, accuracy: 1e-14)
        XCTAssertEqual(solution[2], 2, accuracy: 1e-14)
    }

    func testRefusesWhatItCannotSolve() {
        XCTAssertNil(Cholesky.solve([[1, 2], [2, 1]], [1, 1]))
        XCTAssertNil(Cholesky.solve([[1, 0], [0, 0]], [1, 1]))
        XCTAssertNil(Cholesky.solve([[1]], [1, 1]))
        XCTAssertEqual(Cholesky.solve([], []), [])
    }
}
