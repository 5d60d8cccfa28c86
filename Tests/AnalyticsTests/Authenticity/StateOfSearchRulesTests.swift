import XCTest
@testable import Analytics

/// State of Search's 100:1 ratio at its limit.
final class StateOfSearchRulesTests: XCTestCase {
    func testFollowingRatioOfAHundred() throws {
        let indicator = try XCTUnwrap(AuthenticityRuleSet.indicator(named: "stateofsearch.following-ratio-100"))
        // 1000 ≥ 100 × 10 shows; 999 does not; a missing count leaves it unevaluated.
        let sample = FollowerSample(count: 3, numbers: [.followers: [10, 10, nil], .following: [1000, 999, 5]],
                                    flags: [:], created: nil, asOf: 0)
        XCTAssertEqual((0..<3).map { indicator.test(sample, $0) }, [true, false, nil])
    }
}
