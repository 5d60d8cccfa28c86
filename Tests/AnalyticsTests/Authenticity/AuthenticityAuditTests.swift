import XCTest
@testable import Analytics

/// Scoring a hand-made sample: weights, missing values and skipped indicators (arithmetic in the comments).
final class AuthenticityAuditTests: XCTestCase {
    /// Three followers: followers, following, posts and has_picture; the third's posts are missing.
    static let sample = FollowerSample(count: 3, numbers: [
        .followers: [5, 400, 20],
        .following: [600, 100, 30],
        .posts: [0, 80, nil],
    ], flags: [.hasPicture: [false, true, true]], created: nil, asOf: 0)

    private func indicator(_ name: String) throws -> AuthenticityIndicator {
        try XCTUnwrap(AuthenticityRuleSet.indicator(named: name))
    }

    func testWeightedShareOfEvaluatedSigns() throws {
        let audit = AuthenticityAudit(sample: AuthenticityAuditTests.sample, indicators: [
            WeightedIndicator(try indicator("camisani.no-picture"), weight: 2),
            WeightedIndicator(try indicator("camisani.few-posts")),
            WeightedIndicator(try indicator("socialbakers.following-ratio-50")),
        ], threshold: 0.5)
        // Follower 1: no picture (2), 0 posts (1), 600 ≥ 50 × 5 (1) → 4/4 = 1.
        // Follower 2: none of them → 0/4 = 0.
        // Follower 3: picture (no sign, 2), posts missing (not evaluated), 30 < 1000 (no sign, 1) → 0/3 = 0.
        XCTAssertEqual(audit.scores, [1, 0, 0])
        XCTAssertEqual(audit.verdicts, [true, false, false])
        XCTAssertEqual(audit.examined, 3)
        XCTAssertEqual(audit.likelyFake, 1)
        XCTAssertEqual(audit.signs[1], [true, false, nil])
        // few-posts: evaluated for followers 1 and 2, shows for follower 1.
        XCTAssertTrue(audit.tally(ofIndicatorAt: 1) == (1, 2))
    }

    func testAnIndicatorWithoutItsRoleIsSkippedNotCountedAsNoSign() throws {
        let audit = AuthenticityAudit(sample: AuthenticityAuditTests.sample, indicators: [
            WeightedIndicator(try indicator("camisani.few-followers")),
            WeightedIndicator(try indicator("camisani.no-bio")),
        ], threshold: 0.5)
        // Only few-followers applies: follower 1 (5 < 30) and 3 (20 < 30) score 1/1, follower 2 scores 0/1.
        // Counting the missing bio as "no sign" would have given 1/2 instead.
        XCTAssertEqual(audit.applied.map(\.indicator.name), ["camisani.few-followers"])
        XCTAssertEqual(audit.skipped.map(\.indicator.name), ["camisani.no-bio"])
        XCTAssertEqual(audit.skipped.first?.missingRoles, [.hasBio])
        XCTAssertEqual(audit.scores, [1, 0, 1])
    }

    func testAFollowerWithNoEvaluableIndicatorHasNoScore() throws {
        let audit = AuthenticityAudit(sample: AuthenticityAuditTests.sample,
                                      indicators: [WeightedIndicator(try indicator("socialbakers.never-posted"))],
                                      threshold: 0.5)
        XCTAssertEqual(audit.scores, [1, 0, nil])
        XCTAssertEqual(audit.verdicts, [true, false, nil])
        XCTAssertEqual(audit.examined, 2)
    }
}
