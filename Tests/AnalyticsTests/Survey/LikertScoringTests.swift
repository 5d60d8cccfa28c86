import XCTest
@testable import Analytics

/// Likert scoring by hand: reverse keying, scale scores, alpha on complete respondents only.
final class LikertScoringTests: XCTestCase {
    func testReverseKeying() {
        // On 1–5 a reversed 2 counts 5 + 1 − 2 = 4; on 1–7 a reversed 7 counts 1.
        XCTAssertEqual(LikertScoring.keyed(2, reversed: true, points: 5), 4)
        XCTAssertEqual(LikertScoring.keyed(7, reversed: true, points: 7), 1)
        XCTAssertEqual(LikertScoring.keyed(2, reversed: false, points: 5), 2)
    }

    func testScaleScoreIsTheMeanOfAnsweredItems() {
        // (4 + 5) / 2 = 4.5, the skipped item left out.
        XCTAssertEqual(LikertScoring.scaleScore([4, nil, 5]), 4.5)
        XCTAssertNil(LikertScoring.scaleScore([nil, nil]))
    }

    func testAlphaUsesCompleteRespondentsOnly() throws {
        // Respondent 4 skipped item 2, so only respondents 1–3 count: items [1,2,3] and [1,2,3] give alpha 1
        // (item variances 1 + 1 = 2, totals 2, 4, 6 have variance 4: 2/1 · (1 − 2/4) = 1).
        let result = LikertScoring.alpha(items: [[1, 2, 3, 5], [1, 2, 3, nil]])
        XCTAssertEqual(try XCTUnwrap(result.alpha), 1, accuracy: 1e-15)
        XCTAssertEqual(result.respondents, 3)
    }
}
