import XCTest
@testable import Analytics

/// Average ranks with ties, worked by hand (scipy.stats.rankdata(method="average") gives the same).
final class AverageRanksTests: XCTestCase {
    func testTiesShareTheAverageRank() throws {
        // Sorted: 1 (rank 1), 2, 2 (ranks 2,3 → 2.5), 5 (rank 4), 7, 7, 7 (ranks 5,6,7 → 6).
        let ranking = try XCTUnwrap(AverageRanks([7, 2, 5, 7, 1, 2, 7]))
        XCTAssertEqual(ranking.ranks, [6, 2.5, 4, 6, 1, 2.5, 6])
        // Σ(t³ − t) = (8 − 2) + (27 − 3) = 30.
        XCTAssertEqual(ranking.tieCubeSum, 30)
    }

    func testDistinctValuesAndNaN() throws {
        let ranking = try XCTUnwrap(AverageRanks([0.5, -3, 10]))
        XCTAssertEqual(ranking.ranks, [2, 1, 3])
        XCTAssertEqual(ranking.tieCubeSum, 0, "no ties")
        XCTAssertNil(AverageRanks([1, .nan]))
    }
}
