@testable import RapportCore
import XCTest

/// Hostile texts stay text in Markdown: no raw HTML, no table breaks, no links, no lists.
final class MarkdownTextTests: XCTestCase {
    func testScriptTagBecomesCharacterReferences() {
        XCTAssertEqual(MarkdownText.escaped("<script>alert(1)</script>"), "&lt;script&gt;alert\\(1\\)&lt;/script&gt;")
    }

    func testPipeAndLineBreakCannotBreakATableRow() {
        XCTAssertEqual(MarkdownText.escaped("a|b\nc"), "a\\|b c")
    }

    func testLinkAndEmphasisAreEscaped() {
        XCTAssertEqual(MarkdownText.escaped("[click](http://x) *now* _x_"), "\\[click\\]\\(http://x\\) \\*now\\* \\_x\\_")
    }

    func testParagraphCannotStartAListOrNumberedItem() {
        XCTAssertEqual(MarkdownText.paragraph("- not a list"), "\\- not a list")
        XCTAssertEqual(MarkdownText.paragraph("12. not numbered"), "12\\. not numbered")
        XCTAssertEqual(MarkdownText.paragraph("3) not numbered"), "3\\) not numbered")
    }

    func testInsideALineDashesAndNumbersStayReadable() {
        XCTAssertEqual(MarkdownText.escaped("-1,1 % on 2025-06-01, version 0.1.0"), "-1,1 % on 2025-06-01, version 0.1.0")
    }
}
