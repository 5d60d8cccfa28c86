@testable import ExportModule
import XCTest

/// Long labels are cut to fit, the whole text kept as a tooltip; both escaped.
final class ChartLabelTests: XCTestCase {
    func testShortLabelIsKept() {
        XCTAssertEqual(ChartLabel.content("Clan", limit: 8), "<title>Clan</title>Clan")
    }

    func testLongLabelIsCutWithAnEllipsis() {
        // Limit 8: seven characters and the ellipsis.
        XCTAssertEqual(ChartLabel.content("Adhocracy culture", limit: 8), "<title>Adhocracy culture</title>Adhocra…")
    }

    func testHostileLabelIsEscapedInBothParts() {
        // Limit 10: nine characters "<script>a" and the ellipsis; the cut happens before escaping.
        XCTAssertEqual(ChartLabel.content("<script>alert(1)</script>", limit: 10),
                       "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>&lt;script&gt;a…")
    }
}
