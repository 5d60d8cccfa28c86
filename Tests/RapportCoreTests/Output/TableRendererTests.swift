import XCTest
@testable import RapportCore

/// TableRenderer and CellFormatter: alignment, clipping to the width, times and rates.
final class TableRendererTests: XCTestCase {
    private let table = Dataset(name: "t", columns: [
        .text("name", ["Anna", "Zoë Müller-Lüdenscheidt von Hohenstein", nil]),
        .integer("likes", [5, 1200, nil]),
        .decimal("rate", [0.5, 0.0345, 12.0]),
    ])

    func testNumbersAlignRightAndMissingIsBlank() {
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!), width: 200)
        let lines = renderer.lines(table, rows: 0..<3).lines
        XCTAssertEqual(lines[0], "name                                    likes    rate")
        XCTAssertEqual(lines[2], "Anna                                        5     0.5")
        XCTAssertEqual(lines[3], "Zoë Müller-Lüdenscheidt von Hohenstein   1200  0.0345")
        XCTAssertEqual(lines[4], "                                                   12")
    }

    func testControlCharactersInCellsAndNamesShowAsEscapesAndKeepTheTableAligned() {
        let hostile = Dataset(name: "h", columns: [
            .text("post\u{1B}[2J", ["\u{1B}]0;pwned\u{07}", "tab\there\nnext", "plain"]),
            .integer("n", [1, 22, 333]),
        ])
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!), width: 200)
        let lines = renderer.lines(hostile, rows: 0..<3).lines
        XCTAssertEqual(lines[0], "post^[[2J          n")
        XCTAssertEqual(lines[2], "^[]0;pwned^G       1")
        XCTAssertEqual(lines[3], "tab^Ihere^Jnext   22")
        XCTAssertEqual(lines[4], "plain            333")
        XCTAssertFalse(lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    func testLongTextIsClippedToFitTheWidth() {
        let renderer = TableRenderer(formatter: CellFormatter(language: .de, timeZone: TimeZone(identifier: "UTC")!), width: 30)
        let lines = renderer.lines(table, rows: 0..<3).lines
        XCTAssertTrue(lines.allSatisfy { renderer.displayWidth($0) <= 30 }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[3].contains("…"))
        XCTAssertTrue(lines[3].hasSuffix("0,0345"), "German decimal comma: \(lines[3])")
    }

    func testWithoutAWidthEveryColumnAndCellIsWhole() {
        let cell = String(repeating: "x", count: 50)
        let wide = Dataset(name: "w", columns: (1...30).map { .text("column_number_\($0)", [cell]) })
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: .gmt), width: nil)
        let (lines, hidden) = renderer.lines(wide, rows: 0..<1)
        XCTAssertEqual(hidden, 0)
        // 30 columns of 50 characters and 29 gaps of 2: nothing cut, no clipping mark.
        XCTAssertEqual(lines[2].count, 30 * 50 + 29 * 2)
        XCTAssertFalse(lines.joined().contains("…"))
    }

    func testWithoutUTF8TheRuleAndTheClippingMarkAreASCII() {
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!), width: 30,
                                     unicode: false)
        let lines = renderer.lines(table, rows: 0..<3).lines
        XCTAssertTrue(lines[1].allSatisfy { $0 == "-" || $0 == " " } && lines[1].contains("-"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("Zoë Müller-Lü") && lines[3].contains("~"), lines[3])
        XCTAssertFalse(lines.joined().contains("…"))
    }

    func testColumnsThatCannotFitAreCounted() {
        let wide = Dataset(name: "w", columns: (1...12).map { .integer("column_number_\($0)", [1]) })
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!), width: 40)
        let result = renderer.lines(wide, rows: 0..<1)
        XCTAssertEqual(result.hiddenColumns, 10)
    }

    func testCellFormatterTimesInTheSessionZone() {
        let zurich = CellFormatter(language: .de, timeZone: TimeZone(identifier: "Europe/Zurich")!)
        XCTAssertEqual(zurich.time(1_735_732_800), "01.01.2025 13:00")
        let utc = CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!)
        XCTAssertEqual(utc.time(1_735_732_845), "2025-01-01 12:00:45")
        XCTAssertEqual(utc.percent(0.034), "3.4 %")
        XCTAssertEqual(zurich.percent(0.034), "3,4 %")
        XCTAssertEqual(utc.percent(0.0014), "0.14 %")
        XCTAssertEqual(utc.percent(0.00012), "0.012 %")
        XCTAssertEqual(utc.percent(0), "0.0 %")
    }

    func testRateColumnsShowAsPercentages() {
        let table = Dataset(name: "t", columns: [Column.decimal("median", [0.25], role: .rate),
                                                 Column.decimal("mean", [0.25])])
        let renderer = TableRenderer(formatter: CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC")!), width: 80)
        let line = renderer.lines(table, rows: 0..<1).lines.last ?? ""
        XCTAssertTrue(line.contains("25.0 %"), line)
        XCTAssertTrue(line.contains("0.25"), line)
    }

    func testATinyNegativeShareShowsAsZeroNotMinusZero() {
        let formatter = CellFormatter(language: .de, timeZone: TimeZone(identifier: "UTC")!)
        // −1e-9 × 100 = −1e-7 %, below the three places shown for small shares.
        XCTAssertEqual(formatter.percent(-1e-9), "0,000 %")
        XCTAssertEqual(formatter.percent(-0.0005), "-0,050 %", "a real negative share keeps its sign")
    }
}
