@testable import ExportModule
import XCTest

/// Choosing the font size at which paragraphs fit a box, and cutting them when none does.
final class TextFitTests: XCTestCase {
    func testTakesTheLargestSizeAtWhichTheLinesFit() {
        // Ten words "aaaa" in a box 60 wide and 40 high: the chosen size is the first from the top whose wrapped
        // lines, 1.2 times the size apart, are at most 40 high, and one point more would not be.
        let text = Array(repeating: "aaaa", count: 10).joined(separator: " ")
        let fit = TextFit([text], width: 60, height: 40, largest: 14, smallest: 4)
        let lines = TextWrap.lines(text, width: 60, size: fit.size).count
        XCTAssertLessThanOrEqual(Double(lines) * 1.2 * fit.size, 40)
        let bigger = TextWrap.lines(text, width: 60, size: fit.size + 1).count
        XCTAssertGreaterThan(Double(bigger) * 1.2 * (fit.size + 1), 40, "one point more would not fit")
        XCTAssertEqual(fit.paragraphs, [text])
    }

    func testAParagraphThatFitsAtTheLargestSizeKeepsIt() {
        let fit = TextFit(["Key findings"], width: 400, height: 60, largest: 28, smallest: 18, bold: true)
        XCTAssertEqual(fit.size, 28)
        XCTAssertEqual(fit.paragraphs, ["Key findings"])
    }

    func testTooMuchTextIsCutAtTheSmallestSizeToTheLinesThatFit() {
        // At 10 points a line is 12 points high: a box 30 high holds two lines.
        let paragraphs = ["first paragraph with some words", "second paragraph with more words", "third"]
        let fit = TextFit(paragraphs, width: 120, height: 30, largest: 10, smallest: 10)
        XCTAssertEqual(fit.size, 10)
        let lines = fit.paragraphs.map { TextWrap.lines($0, width: 120, size: 10).count }.reduce(0, +)
        XCTAssertLessThanOrEqual(lines, 2)
        XCTAssertTrue(fit.paragraphs.last?.hasSuffix("…") ?? false, "\(fit.paragraphs)")
    }

    func testGapsAndIndentsCountAgainstTheBox() {
        // Two one-line paragraphs at 10 points with a gap of half the size: 12 + 5 + 12 = 29 points.
        XCTAssertEqual(TextFit(["a", "b"], width: 100, height: 29, largest: 10, smallest: 5, gap: 0.5).size, 10)
        XCTAssertEqual(TextFit(["a", "b"], width: 100, height: 28.9, largest: 10, smallest: 5, gap: 0.5).size, 9)
        // "aaaa aaaa" is 53.8 points at 10 and fits one line of 60; an indent of 10 leaves 50, so it takes 9 points
        // (48.4) to stay on the one line a box 12 high holds.
        XCTAssertEqual(TextFit(["aaaa aaaa"], width: 60, height: 12, largest: 10, smallest: 5).size, 10)
        let indented = TextFit(["aaaa aaaa"], width: 60, height: 12, largest: 10, smallest: 5, indent: { _ in 10 })
        XCTAssertEqual(indented.size, 9)
    }
}
