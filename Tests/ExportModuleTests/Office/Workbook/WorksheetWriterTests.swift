@testable import ExportModule
import RapportCore
import XCTest

/// Serial dates, the row limit of worksheets and the placing of notes and chart data under a table.
final class WorksheetWriterTests: XCTestCase {
    func testSerialDatesKeepExcelsFebruary1900() {
        // Excel (1900 system): 1900-01-01 is 1, 1900-02-28 is 59, the fictional 1900-02-29 is 60, 1900-03-01 is 61,
        // 1970-01-01 is 25,569; 2025-01-01 12:00 is 45,658.5. Days since 1970: 1900-01-01 is −25,567,
        // 1900-03-01 −25,508.
        let day: Int64 = 86_400
        XCTAssertEqual(WorksheetWriter.serial(ofLocalSeconds: -25_567 * day), 1)
        XCTAssertEqual(WorksheetWriter.serial(ofLocalSeconds: -25_509 * day), 59)
        XCTAssertEqual(WorksheetWriter.serial(ofLocalSeconds: -25_508 * day), 61)
        XCTAssertEqual(WorksheetWriter.serial(ofLocalSeconds: 0), 25_569)
        XCTAssertEqual(WorksheetWriter.serial(ofLocalSeconds: 20_089 * day + day / 2), 45_658.5)
    }

    func testDatasetTooLongForASheetIsRefused() throws {
        let rows = WorksheetWriter.maximumRows
        let column = Column(name: "x", data: .boolean(Array(repeating: true, count: rows), MissingMask()))
        let dataset = Dataset(name: "big", columns: [column])
        let content = WorksheetContent(table: dataset, formats: [.general])
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        XCTAssertThrowsError(try WorksheetWriter.bytes(content, timeZone: utc, checkpoint: {})) {
            XCTAssertTrue(($0 as? RapportError)?.message.en.contains("1048576 rows") ?? false, "\($0)")
        }
    }

    func testNotesAndChartDataFollowTheTableAfterBlankRows() {
        // A table of 3 rows takes rows 0–3 (counted from 0); row 4 is blank, notes start at 5; two notes take 5 and 6,
        // row 7 is blank, the chart data's header is row 8.
        let table = Dataset(name: "t", columns: [.integer("n", [1, 2, 3])])
        var content = WorksheetContent(table: table, formats: [.integer], notes: ["a", "b"])
        XCTAssertEqual(content.notesRow, 5)
        XCTAssertEqual(content.chartDataRow, 8)
        XCTAssertEqual(content.lastRow, 6)
        content.chartData = (Dataset(name: "c", columns: [.integer("m", [1, 2])]), [.integer])
        XCTAssertEqual(content.lastRow, 10)
        content.notes = []
        XCTAssertEqual(content.chartDataRow, 5)
        XCTAssertEqual(WorksheetWriter.filterRange(table), "A1:A4")
    }
}
