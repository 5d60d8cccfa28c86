import XCTest
@testable import Analytics

/// A group profile by hand: mean and sample standard deviation per score.
final class ProfileSummaryTests: XCTestCase {
    func testGroupProfileHasMeanAndSampleSD() throws {
        // Means (10 + 20 + 30) / 3 = 20 and 50; SD of 10, 20, 30 = √((100 + 0 + 100) / 2) = 10, of 50, 50, 50 = 0.
        let summary = try XCTUnwrap(ProfileSummary([[10, 50], [20, 50], [30, 50]]))
        XCTAssertEqual(summary.means, [20, 50])
        XCTAssertEqual(summary.standardDeviations, [10, 0])
        XCTAssertEqual(summary.respondents, 3)
        XCTAssertEqual(ProfileSummary([[10, 50]])?.standardDeviations, [nil, nil])
    }
}
