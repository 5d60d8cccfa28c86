import XCTest
import RapportCore
@testable import ImportModule

/// Columns of numbers or times with a few cells that are neither: the column keeps its type, those cells are
/// missing and reported with their lines; past 5 % of the filled cells the column is text.
final class CSVReaderUnreadCellsTests: XCTestCase {
    private func read(_ text: String) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv")
    }

    /// 40 numbers 1…40 with the cell of row 7 (line 8) replaced: 1 of 40 filled cells is 2.5 %.
    private func numbers(replacingRow7With cell: String) -> String {
        "n\n" + (1...40).map { $0 == 7 ? cell : String($0) }.joined(separator: "\n") + "\n"
    }

    func testOneCellThatIsNoNumberIsMissingAndReportedWithItsLine() throws {
        let table = try read(numbers(replacingRow7With: "oops"))
        XCTAssertEqual(table.columns[0].type, .integer)
        XCTAssertTrue(table.columns[0].data.missing.isMissing(6))
        XCTAssertEqual(table.unreadCells, [UnreadCells(column: "n", type: .integer, count: 1,
                                                       cells: [.init(line: 8, value: "oops")])])
        XCTAssertEqual(table.firstUnreadCell?.position.line, 8)
        XCTAssertEqual(table.firstUnreadCell?.position.column, 1)
    }

    func testMissingMarkersReadAsMissingWithOrWithoutAPercentSign() throws {
        for marker in ["n/a", "N/A", "NA", "NaN", "null", "None", "#N/A", "#DIV/0!", "k. A.", "NaN%", "n/a %", "–",
                       "—"] {
            let table = try read(numbers(replacingRow7With: marker))
            XCTAssertEqual(table.columns[0].type, .integer, marker)
            XCTAssertEqual(table.columns[0].data.missing.count, 1, marker)
        }
    }

    func testAColumnWithMoreThanFivePercentTextIsText() throws {
        // 3 texts among 40 filled cells is 7.5 %.
        let text = "n\n" + (1...40).map { [5, 9, 20].contains($0) ? "x\($0)" : String($0) }.joined(separator: "\n") + "\n"
        let table = try read(text)
        XCTAssertEqual(table.columns[0].type, .text)
        XCTAssertTrue(table.unreadCells.isEmpty)
    }

    func testAQuotedCellGetsTheLineOfItsRecord() throws {
        let text = "a,n\n" + (1...40).map { $0 == 30 ? "x,\"bad\"" : "x,\($0)" }.joined(separator: "\n") + "\n"
        let table = try read(text)
        XCTAssertEqual(table.unreadCells.first?.cells, [.init(line: 31, value: "bad")])
    }

    func testTimesKeepTheirTypeToo() throws {
        let text = "t\n" + (1...30).map { $0 == 12 ? "soon" : String(format: "2025-01-%02d", $0) }
            .joined(separator: "\n") + "\n"
        let table = try read(text)
        XCTAssertEqual(table.columns[0].type, .time)
        XCTAssertEqual(table.unreadCells.first?.cells, [.init(line: 13, value: "soon")])
    }

    func testTheReportKeepsTheFirstFiveAndCountsAll() throws {
        // 7 texts among 400 filled cells, spread over the file.
        let bad = Set([10, 50, 90, 130, 170, 210, 250])
        let text = "n\n" + (1...400).map { bad.contains($0) ? "?\($0)" : String($0) }.joined(separator: "\n") + "\n"
        let report = try XCTUnwrap(try read(text).unreadCells.first)
        XCTAssertEqual(report.count, 7)
        XCTAssertEqual(report.cells.map(\.line), [11, 51, 91, 131, 171])
        XCTAssertEqual(report.cells.map(\.value), ["?10", "?50", "?90", "?130", "?170"])
    }
}
