@testable import ExportModule
import RapportCore
import XCTest

/// Fitting a slide table: rows left out beyond eight, widths that share the box, sizes that shrink, cells cut.
final class SlideTableLayoutTests: XCTestCase {
    func testTwelveRowsShowSevenAndSayHowManyMore() {
        let table = SlideTable(header: ["a", "b"], rows: (1...12).map { ["\($0)", "x"] })
        let layout = SlideTableLayout(table, width: 300, height: 300, language: .de)
        XCTAssertEqual(layout.cells.count, 9)
        XCTAssertEqual(layout.cells[8], ["… 5 weitere Zeilen", ""])
        XCTAssertTrue(layout.saysMore)
    }

    func testColumnsFillTheWidthAndNumbersAreRightAligned() {
        let table = SlideTable(header: ["voice", "n", "median"],
                               rows: [["person", "1,195", "4.2 %"], ["brand", "—", ""]])
        let layout = SlideTableLayout(table, width: 300, height: 200, language: .en)
        XCTAssertEqual(layout.widths.reduce(0, +), 300, accuracy: 1e-9)
        XCTAssertEqual(layout.size, 14, "short texts take the largest size")
        // "—" is not a number, so n is left-aligned; median's only filled cell is a number.
        XCTAssertEqual(layout.rightAligned, [false, false, true])
        XCTAssertEqual(SlideTable(header: ["n"], rows: [["< 0.001"], ["1,2 %"]]).isRightAligned(0), true)
    }

    func testWideTextsShrinkTheTypeAndAreCutToTwoLinesAtNinePoints() {
        let long = String(repeating: "longword ", count: 40)
        let table = SlideTable(header: ["text", "n"], rows: [[long, "1"], ["short", "2"]])
        let layout = SlideTableLayout(table, width: 200, height: 200, language: .en)
        XCTAssertEqual(layout.size, 9)
        let textWidth = layout.widths[0] - 2 * SlideTableLayout.horizontalMargin
        XCTAssertLessThanOrEqual(TextWrap.lines(layout.cells[1][0], width: textWidth, size: 9).count, 2)
        XCTAssertTrue(layout.cells[1][0].hasSuffix("…"))
        // The narrow column keeps what it needs: header "n" in bold and the digits, with margins.
        XCTAssertLessThan(layout.widths[1], 30)
        XCTAssertLessThanOrEqual(layout.height, 200)
    }
}
