@testable import ExportModule
import XCTest

/// Estimated text widths: DejaVu Sans's advances with 3 % headroom, wide scripts a full em.
final class TextWidthTests: XCTestCase {
    func testAsciiWidthsComeFromTheTableWithHeadroom() {
        // DejaVu Sans: W 989, i 278 thousandths of an em (regular); W 1103, i 343 (bold).
        XCTAssertEqual(TextWidth.ems("Wi"), 1.267 * 1.03, accuracy: 1e-9)
        XCTAssertEqual(TextWidth.ems("Wi", bold: true), 1.446 * 1.03, accuracy: 1e-9)
        XCTAssertEqual(TextWidth.points("0000", size: 10), 4 * 0.636 * 1.03 * 10, accuracy: 1e-9)
    }

    func testOtherScriptsAndMarks() {
        // A combining acute adds nothing; a CJK character and the ellipsis are a full em; an emoji 1.2.
        XCTAssertEqual(TextWidth.ems("e\u{0301}"), TextWidth.ems("e"), accuracy: 1e-9)
        XCTAssertEqual(TextWidth.ems("中"), 1.03, accuracy: 1e-9)
        XCTAssertEqual(TextWidth.ems("…"), 1.03, accuracy: 1e-9)
        XCTAssertEqual(TextWidth.ems("🎉"), 1.2 * 1.03, accuracy: 1e-9)
        XCTAssertGreaterThan(TextWidth.ems("Ä"), TextWidth.ems("ä"))
    }
}
