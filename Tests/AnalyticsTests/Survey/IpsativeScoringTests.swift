import XCTest
@testable import Analytics

/// Ipsative scoring by hand: a respondent's mean points per alternative, the group profile and the gaps.
final class IpsativeScoringTests: XCTestCase {
    func testRespondentProfileIsTheMeanOverDimensions() {
        // (40 + 20) / 2 = 30, (30 + 30) / 2 = 30, (20 + 40) / 2 = 30, (10 + 10) / 2 = 10.
        XCTAssertEqual(IpsativeScoring.respondentProfile([[40, 30, 20, 10], [20, 30, 40, 10]]), [30, 30, 30, 10])
        XCTAssertNil(IpsativeScoring.respondentProfile([]))
        XCTAssertNil(IpsativeScoring.respondentProfile([[50, 50], [100]]))
    }

    func testGapsAreFlaggedFromTenPoints() {
        // 35 − 25 = 10 (flagged), 20 − 29 = −9 (not), 10 − 30 = −20 (flagged).
        let gaps = IpsativeScoring.gaps(now: [25, 29, 30], preferred: [35, 20, 10])
        XCTAssertEqual(gaps.map(\.gap), [10, -9, -20])
        XCTAssertEqual(gaps.map(\.flagged), [true, false, true])
    }
}
