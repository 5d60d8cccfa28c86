@testable import ExportModule
import XCTest

/// The one text-width estimate: sums of DejaVu Sans advances (from the table scripts/make_svg_text_advances.py
/// writes) with headroom, cutting with an ellipsis, boxes by anchor, and escaping in the written element.
final class SVGTextTests: XCTestCase {
    func testWidthSumsTheAdvancesWithHeadroom() {
        // "n = 1,195": n 1298, blank 651, = 1716, blank 651, 1 1303, comma 651, 1 1303, 9 1303, 5 1303 = 10,179
        // units of 1/2048 em; at 12 px with 8 % headroom: 10179 / 2048 × 12 × 1.08 = 64.41 px.
        XCTAssertEqual(SVGText.width("n = 1,195", fontSize: 12), 10179.0 / 2048 * 12 * 1.08, accuracy: 1e-9)
        // ä (1255) and ß (1290) are in the table; Cyrillic Ж (U+0416) is not: a full em. 日 and 🎉: 1.4 em each.
        XCTAssertEqual(SVGText.width("äß", fontSize: 10), 2545.0 / 2048 * 10 * 1.08, accuracy: 1e-9)
        XCTAssertEqual(SVGText.width("Ж", fontSize: 10), 10 * 1.08, accuracy: 1e-9)
        XCTAssertEqual(SVGText.width("日🎉", fontSize: 10), 2 * 1.4 * 10 * 1.08, accuracy: 1e-9)
        // A letter with a combining accent is one character; a control character takes no room.
        XCTAssertEqual(SVGText.width("e\u{301}", fontSize: 10), SVGText.width("e", fontSize: 10), accuracy: 1e-9)
        XCTAssertEqual(SVGText.width("\u{7}", fontSize: 10), 0)
    }

    func testFittedCutsWithAnEllipsisToTheWidth() {
        let long = "Unternehmenskommunikation und Öffentlichkeitsarbeit"
        let cut = SVGText.fitted(long, width: 100, fontSize: 12)
        XCTAssertTrue(cut.hasSuffix("…"), cut)
        XCTAssertTrue(long.hasPrefix(cut.dropLast()), cut)
        XCTAssertLessThanOrEqual(SVGText.width(cut, fontSize: 12), 100)
        // One more letter would not have fitted.
        let longer = String(long.prefix(cut.count)) + "…"
        XCTAssertGreaterThan(SVGText.width(longer, fontSize: 12), 100)
        XCTAssertEqual(SVGText.fitted("Marke", width: 100, fontSize: 12), "Marke")
        XCTAssertEqual(SVGText.fitted("Marke", width: 1, fontSize: 12), "")
    }

    func testBoxesFollowTheAnchor() {
        let width = SVGText.width("abc", fontSize: 10)
        let start = SVGText.box("abc", x: 50, y: 20, anchor: .start, fontSize: 10)
        XCTAssertEqual(start.left, 50)
        XCTAssertEqual(start.right, 50 + width, accuracy: 1e-9)
        XCTAssertEqual(start.top, 10)
        XCTAssertEqual(start.bottom, 23)
        let middle = SVGText.box("abc", x: 50, y: 20, anchor: .middle, fontSize: 10)
        XCTAssertEqual(middle.left, 50 - width / 2, accuracy: 1e-9)
        XCTAssertEqual(SVGText.box("abc", x: 50, y: 20, anchor: .end, fontSize: 10).right, 50)
    }

    func testElementEscapesItsTextAndTooltip() {
        let element = SVGText.element("<b>&", x: 1, y: 2.5, fontSize: 11, anchor: .end, attributes: "fill=\"#555\"",
                                      tooltip: "\"q\" <i>")
        XCTAssertEqual(element, "<text x=\"1.0\" y=\"2.5\" font-size=\"11.0\" text-anchor=\"end\" fill=\"#555\">"
                       + "<title>&quot;q&quot; &lt;i&gt;</title>&lt;b&gt;&amp;</text>")
        let cut = SVGText.fittedElement("Öffentlichkeitsarbeit", width: 40, x: 0, y: 0, fontSize: 12)
        XCTAssertTrue(cut.contains("<title>Öffentlichkeitsarbeit</title>"), cut)
        XCTAssertFalse(SVGText.fittedElement("kurz", width: 400, x: 0, y: 0, fontSize: 12).contains("<title>"))
    }
}
