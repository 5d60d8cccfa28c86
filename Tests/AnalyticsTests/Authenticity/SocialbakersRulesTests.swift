import XCTest
@testable import Analytics

/// Socialbakers' criteria at their limits.
final class SocialbakersRulesTests: XCTestCase {
    private func signs(_ name: String, _ sample: FollowerSample) throws -> [Bool?] {
        let indicator = try XCTUnwrap(AuthenticityRuleSet.indicator(named: name))
        return (0..<sample.count).map { indicator.test(sample, $0) }
    }

    func testFollowingRatioOfFifty() throws {
        // 500 ≥ 50 × 10 shows; 499 does not; following 0 with 0 followers is no ratio; 1 ≥ 50 × 0 shows.
        let sample = FollowerSample(count: 4, numbers: [.followers: [10, 10, 0, 0], .following: [500, 499, 0, 1]],
                                    flags: [:], created: nil, asOf: 0)
        XCTAssertEqual(try signs("socialbakers.following-ratio-50", sample), [true, false, false, true])
    }

    func testNeverPostedAndNoBioNoLocation() throws {
        let sample = FollowerSample(count: 3, numbers: [.posts: [0, 1, nil], .following: [101, 100, 500]],
                                    flags: [.hasBio: [false, false, true], .hasLocation: [false, false, false]],
                                    created: nil, asOf: 0)
        XCTAssertEqual(try signs("socialbakers.never-posted", sample), [true, false, nil])
        // Following more than 100: 101 shows, 100 does not; a bio clears the third.
        XCTAssertEqual(try signs("socialbakers.no-bio-no-location", sample), [true, false, false])
    }

    func testDefaultPictureCountsOnlyAfterTwoMonths() throws {
        let day: Int64 = 86_400
        let asOf: Int64 = 1_767_225_600  // 2026-01-01
        // Ages 61, 60 and 61 days; the last has its own picture.
        let sample = FollowerSample(count: 4, numbers: [:], flags: [.defaultPicture: [true, true, false, true]],
                                    created: [asOf - 61 * day, asOf - 60 * day, asOf - 61 * day, nil], asOf: asOf)
        XCTAssertEqual(try signs("socialbakers.default-picture", sample), [true, false, false, nil])
    }
}
