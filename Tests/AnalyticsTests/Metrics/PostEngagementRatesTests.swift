import RapportCore
import XCTest
@testable import Analytics

/// The per-post engagement rate shared by attribution and relevance.
final class PostEngagementRatesTests: XCTestCase {
    private let posts = Dataset(name: "d", columns: [
        Column.decimal("likes", [40, 9, 5], role: "likes"), Column.decimal("comments", [10, nil, 5], role: "comments"),
        Column.decimal("followers", [1000, 100, 0], role: "followers"), Column.decimal("reach", [500, 50, 20], role: "reach"),
    ])

    func testFollowersByDefaultAndTheChosenDenominatorOtherwise() throws {
        let byFollowers = try PostEngagementRates(MetricRequest(dataset: posts), metric: "m")
        // (40 + 10) / 1000 = 0.05; a missing comment count → missing; followers 0 → missing.
        XCTAssertEqual(byFollowers.values[0], 0.05)
        XCTAssertTrue(byFollowers.values[1].isNaN && byFollowers.values[2].isNaN)
        XCTAssertEqual(byFollowers.notes.count, 2)
        let byReach = try PostEngagementRates(MetricRequest(dataset: posts, denominator: .reach), metric: "m")
        // (40 + 10) / 500 = 0.1; (5 + 5) / 20 = 0.5.
        XCTAssertEqual(byReach.values[0], 0.1)
        XCTAssertEqual(byReach.values[2], 0.5)
        let weighted = try PostEngagementRates(MetricRequest(dataset: posts, weighted: true), metric: "m")
        // (40 × 1 + 10 × 2) / 1000 = 0.06.
        XCTAssertEqual(weighted.values[0], 0.06, accuracy: 1e-15)
    }

    func testMissingDenominatorIsNamed() {
        XCTAssertThrowsError(try PostEngagementRates(MetricRequest(dataset: posts, denominator: .impressions), metric: "m")) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("role impressions") == true)
        }
    }
}
