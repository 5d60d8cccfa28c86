import XCTest
@testable import Analytics

/// Camisani-Calzolari's points at their limits (30 followers, 50 posts, 2 × followers against following).
final class CamisaniCalzolariRulesTests: XCTestCase {
    private func signs(_ name: String, _ sample: FollowerSample) throws -> [Bool?] {
        let indicator = try XCTUnwrap(AuthenticityRuleSet.indicator(named: name))
        return (0..<sample.count).map { indicator.test(sample, $0) }
    }

    func testCountLimits() throws {
        let sample = FollowerSample(count: 4, numbers: [
            .followers: [29, 30, 10, nil], .following: [59, 60, 21, 5], .posts: [49, 50, 0, nil], .listed: [0, 1, 3, nil],
        ], flags: [:], created: nil, asOf: 0)
        XCTAssertEqual(try signs("camisani.few-followers", sample), [true, false, true, nil])
        XCTAssertEqual(try signs("camisani.few-posts", sample), [true, false, true, nil])
        XCTAssertEqual(try signs("camisani.not-listed", sample), [true, false, false, nil])
        // 2 × 29 = 58 < 59 shows; 2 × 30 = 60 < 60 does not; 20 < 21 shows.
        XCTAssertEqual(try signs("camisani.following-ratio", sample), [true, false, true, nil])
    }

    func testAbsentProfileFeatures() throws {
        let sample = FollowerSample(count: 3, numbers: [:], flags: [
            .hasPicture: [true, false, nil], .hasBio: [false, true, true],
            .hasURL: [false, false, true], .hasLocation: [nil, true, false],
        ], created: nil, asOf: 0)
        XCTAssertEqual(try signs("camisani.no-picture", sample), [false, true, nil])
        XCTAssertEqual(try signs("camisani.no-bio", sample), [true, false, false])
        XCTAssertEqual(try signs("camisani.no-url", sample), [true, true, false])
        XCTAssertEqual(try signs("camisani.no-location", sample), [nil, false, true])
    }
}
