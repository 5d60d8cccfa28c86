@testable import ExportModule
import XCTest

/// Breaking paragraphs into lines and cutting a line with an ellipsis.
final class TextWrapTests: XCTestCase {
    func testBreaksAtBlanksAndKeepsLineBreaks() {
        // At 10 points "aaaa" is 4 × 6.13 × 1.03 = 25.3 points and "aaaa aaaa" 53.8: a width of 40 holds one word.
        XCTAssertEqual(TextWrap.lines("aaaa aaaa aaaa", width: 40, size: 10), ["aaaa", "aaaa", "aaaa"])
        XCTAssertEqual(TextWrap.lines("aaaa aaaa", width: 60, size: 10), ["aaaa aaaa"])
        XCTAssertEqual(TextWrap.lines("a\nb", width: 60, size: 10), ["a", "b"])
    }

    func testAWordWiderThanTheLineBreaksBetweenCharacters() {
        // "a" is 6.31 points at 10: 25 points hold three of them.
        XCTAssertEqual(TextWrap.lines("aaaaaaa", width: 25, size: 10), ["aaa", "aaa", "a"])
    }

    func testTruncatedTextEndsWithAnEllipsisAndFits() {
        let text = String(repeating: "word ", count: 30)
        let cut = TextWrap.truncated(text, width: 100, size: 12)
        XCTAssertTrue(cut.hasSuffix("…"))
        XCTAssertLessThanOrEqual(TextWidth.points(cut, size: 12), 100)
        XCTAssertFalse(cut.dropLast().hasSuffix(" "), "no blank before the ellipsis")
        XCTAssertEqual(TextWrap.truncated("short", width: 100, size: 12), "short")
    }
}
