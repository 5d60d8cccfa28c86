import XCTest
@testable import RapportCore

/// Terminal bar charts: bars scale to the longest, and shrink so whole lines fit the terminal.
final class BarChartTests: XCTestCase {
    private let bars = [BarChart.Bar(label: "a", value: 1, caption: "0123456789"),
                        BarChart.Bar(label: "bb", value: 0.5, caption: "half")]

    func testBarsShrinkSoLinesFitTheLineWidth() {
        // Line width 36: label column 2 + 2 blanks + bar + 2 blanks + longest caption 10 → bar of 36 − 16 = 20.
        let lines = BarChart(unicode: false, width: 40, lineWidth: 36).lines(bars)
        XCTAssertEqual(lines[0], "a   " + String(repeating: "#", count: 20) + "  0123456789")
        // Half the top value fills 10 of the 20 columns, then 10 blanks before the caption.
        XCTAssertEqual(lines[1], "bb  " + String(repeating: "#", count: 10) + String(repeating: " ", count: 12) + "half")
        XCTAssertEqual(lines[0].count, 36)
    }

    func testWithoutALineWidthBarsTakeTheirWidth() {
        let lines = BarChart(unicode: false, width: 40).lines(bars)
        XCTAssertEqual(lines[0], "a   " + String(repeating: "#", count: 40) + "  0123456789")
    }

    func testBarsNeverShrinkBelowTenColumns() {
        // 20 − 16 would leave 4 columns; the bar keeps 10.
        let lines = BarChart(unicode: false, width: 40, lineWidth: 20).lines(bars)
        XCTAssertEqual(lines[0], "a   " + String(repeating: "#", count: 10) + "  0123456789")
    }

    func testWithoutUTF8TheChartsOwnMarksAreASCII() {
        let bar = BarChart.Bar(label: "café · x", value: 2, low: 1, high: 3, caption: "2.0 % (1.0 %–3.0 %) · n = 12 ± 1 …")
        let lines = BarChart(unicode: false, width: 12).lines([bar])
        // The bar fills 2/3 × 12 = 8 columns with #, the interval to 3 (12 columns) with -; é is the one letter left.
        XCTAssertEqual(lines[0], "café | x  ########----  2.0 % (1.0 %-3.0 %) | n = 12 +/- 1 ...")
        let unicodeLine = BarChart(unicode: true, width: 12).lines([bar])[0]
        XCTAssertTrue(unicodeLine.hasSuffix("(1.0 %–3.0 %) · n = 12 ± 1 …"), unicodeLine)
    }
}
