import Foundation
import XCTest
import RapportCore
@testable import ImportModule

/// Workbooks made by Fixtures/xlsx/make_xlsx.py, checked against what openpyxl reads from the same files
/// (Fixtures/xlsx/expected.json, written by the same script).
final class XLSXTableReaderTests: XCTestCase {
    /// The folder of the .xlsx fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    /// The path of one fixture.
    static func path(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// openpyxl's reading of one sheet, from expected.json.
    private func expected(_ file: String, sheet: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("expected.json"))
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sheets = try XCTUnwrap(all[file] as? [String: Any])
        return try XCTUnwrap(sheets[sheet] as? [String: Any])
    }

    /// An expected cell (`[kind, value]` or null) as the value a column of `type` holds.
    private func cell(_ value: Any, type: String) throws -> Cell {
        guard let pair = value as? [Any], let kind = pair.first as? String else { return .missing }
        switch kind {
        case "integer" where type == "decimal": return .decimal(try XCTUnwrap(pair[1] as? NSNumber).doubleValue)
        case "integer": return .integer(try XCTUnwrap(pair[1] as? NSNumber).int64Value)
        case "decimal": return .decimal(try XCTUnwrap(pair[1] as? NSNumber).doubleValue)
        case "boolean": return .boolean(try XCTUnwrap(pair[1] as? Bool))
        case "time": return .time(try XCTUnwrap(ISOTime.parse(Substring(try XCTUnwrap(pair[1] as? String)))).seconds)
        default: return .text(try XCTUnwrap(pair[1] as? String))
        }
    }

    /// Reads a sheet and compares row count, names, types and every cell with openpyxl's reading (of `reading`, a
    /// workbook of the same parts, when given).
    private func check(_ file: String, sheet: String, named: String? = nil, reading: String? = nil) throws {
        let table = try XLSXTableReader.read(file: Self.path(file), sheet: named)
        let want = try expected(reading ?? file, sheet: sheet)
        let columns = try XCTUnwrap(want["columns"] as? [[String: Any]])
        XCTAssertEqual(table.rowCount, want["rows"] as? Int, "\(file) \(sheet)")
        XCTAssertEqual(table.columns.map(\.name), columns.compactMap { $0["name"] as? String }, "\(file) \(sheet)")
        for (column, expected) in zip(table.columns, columns) {
            let type = try XCTUnwrap(expected["type"] as? String)
            XCTAssertEqual(column.type.rawValue, type, "\(file) \(sheet) \(column.name)")
            let cells = try XCTUnwrap(expected["cells"] as? [Any]).map { try cell($0, type: type) }
            XCTAssertEqual((0..<column.count).map { column.data[$0] }, cells, "\(file) \(sheet) \(column.name)")
        }
    }

    func testFirstSheetWithInlineStringsNumbersDatesBooleansAndAnEmptyRow() throws {
        try check("types.xlsx", sheet: "posts")
    }

    func testNamedSheets() throws {
        try check("types.xlsx", sheet: "accounts", named: "accounts")
        try check("types.xlsx", sheet: "posts", named: "posts")
    }

    func testHeaderOnlySheetHasColumnsAndNoRows() throws {
        try check("types.xlsx", sheet: "header only", named: "header only")
        // By hand: the sheet holds the one row a | b.
        XCTAssertEqual(try XLSXTableReader.read(file: Self.path("types.xlsx"), sheet: "header only").columns.map(\.name), ["a", "b"])
    }

    func testALoneDescriptionAboveTheHeaderIsSkippedAndReported() throws {
        try check("linkedin.xlsx", sheet: "All posts")
        XCTAssertEqual(try XLSXTableReader.read(file: Self.path("linkedin.xlsx")).descriptionRowSheet, "All posts")
        XCTAssertNil(try XLSXTableReader.read(file: Self.path("types.xlsx")).descriptionRowSheet)
    }

    func testDatesAreWallClockTimesInTheGivenZone() throws {
        let berlin = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let posts = try XLSXTableReader.read(file: Self.path("types.xlsx"), timeZone: berlin)
        let published = try XCTUnwrap(posts.columns.first { $0.name == "published" })
        // 2024-03-01 13:45 in Berlin is CET (+1): 12:45Z.
        XCTAssertEqual(published.data[0], .time(try XCTUnwrap(ISOTime.parse("2024-03-01T12:45:00Z")).seconds))
        let linkedIn = try XLSXTableReader.read(file: Self.path("linkedin.xlsx"), timeZone: berlin)
        let created = try XCTUnwrap(linkedIn.columns.first { $0.name == "Created date" })
        // 2024-04-02 09:30 in Berlin is CEST (+2): 07:30Z.
        XCTAssertEqual(created.data[0], .time(try XCTUnwrap(ISOTime.parse("2024-04-02T07:30:00Z")).seconds))
    }

    func testThe1904DateSystem() throws {
        try check("dates1904.xlsx", sheet: "mac")
    }

    func testSharedStringsFormulaStringsErrorsCustomFormatsAndGapsToColumnAA() throws {
        try check("handmade.xlsx", sheet: "Export")
    }

    func testAZip64WorkbookReadsLikeTheSameParts() throws {
        // zip64.xlsx gives every size and offset in ZIP64 fields only (and its directory through the ZIP64 end record).
        try check("zip64.xlsx", sheet: "Export", reading: "handmade.xlsx")
    }

    func testADeflateStreamThatDoesNotEndWithinItsPartIsRefusedInsteadOfHanging() {
        // Found by the xlsx fuzz target: the sheet's stream claims more bytes than the file holds, and ZIPFoundation's
        // extraction on Linux asked for more at the end of the file forever.
        let path = Self.path("truncated.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotWorkbook(path))
        }
    }

    func testUnknownSheetListsTheSheets() {
        XCTAssertThrowsError(try XLSXTableReader.read(file: Self.path("types.xlsx"), sheet: "Posts")) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxUnknownSheet("Posts", sheets: ["posts", "accounts", "header only"]))
        }
    }

    func testCorruptAndNonZipFilesNameTheFile() throws {
        let corrupt = Self.path("corrupt.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: corrupt)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotWorkbook(corrupt))
        }
        let text = NSTemporaryDirectory() + "not-a-workbook-\(getpid()).xlsx"
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: text))
        defer { try? FileManager.default.removeItem(atPath: text) }
        XCTAssertThrowsError(try XLSXTableReader.read(file: text)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotWorkbook(text))
        }
        try Data().write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try XLSXTableReader.read(file: text)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotWorkbook(text))
        }
        XCTAssertThrowsError(try XLSXTableReader.read(file: NSTemporaryDirectory())) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.notARegularFile(NSTemporaryDirectory()))
        }
    }

    func testMalformedSheetXMLNamesThePartAndLine() {
        // badxml.xlsx: line 3 of the sheet closes a </cell> that was never opened.
        let path = Self.path("badxml.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxBadXML(path, part: "xl/worksheets/sheet1.xml", line: 3))
        }
    }

    func testAByteThatIsNotUTF8NamesThePartLineAndColumn() {
        // badutf8.xlsx: the byte 0xFF in an element name on line 4 of the sheet, column 14.
        let path = Self.path("badutf8.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxNotUTF8(path, part: "xl/worksheets/sheet1.xml", line: 4, column: 14))
        }
    }

    func testAPartThatWouldInflateBeyondTheMemoryIsRefusedBeforeItIsInflated() throws {
        // bomb.xlsx: the sheet inflates to 10,400,168 bytes (make_xlsx.py); 16 MiB allows parts of 4 MiB.
        let path = Self.path("bomb.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path, memory: (16 << 20, true))) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxPartTooLarge(path, part: "xl/worksheets/sheet1.xml", size: 10_400_168,
                                                  needed: 4 * 10_400_168, available: 16 << 20, isLimit: true))
        }
        XCTAssertEqual(try XLSXTableReader.read(file: path, memory: (64 << 20, true)).rowCount, 199_999)
    }

    func testAPartWhoseDirectoryUnderstatesItsSizeIsStoppedWhileItInflates() {
        // liar.xlsx: bomb.xlsx with 1,000 bytes as the sheet's size in its headers and directory. The inflation
        // stops as soon as it passes the size the directory gives, long before the memory limit, as a damaged part.
        let path = Self.path("liar.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path, memory: (16 << 20, true))) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotWorkbook(path))
        }
    }

    func testATableOfMoreCellsThanTheMemoryHoldsIsRefusedBeforeItsCellsAreAllocated() {
        // tall.xlsx: 16 header cells and a value in the last row make 16 columns × 1,048,575 rows.
        let path = Self.path("tall.xlsx")
        let memory: MemoryBudget.Memory = (64 << 20, true)
        XCTAssertThrowsError(try XLSXTableReader.read(file: path, memory: memory)) {
            let needed = 16 * 1_048_575 * MemoryBudget.bytesPerCell
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.tableTooLarge(path, columns: 16, rows: 1_048_575, needed: needed, available: 64 << 20,
                                               isLimit: true))
        }
    }

    func testANumberBeyondADoubleAndABooleanOfTwoAreRefusedNamingTheCell() {
        // bignumber.xlsx: B2 holds 1e999 (it read as ∞, and as the text "null" beside other kinds); badbool.xlsx: B2
        // is a true/false cell holding 2 (it read as false).
        let big = Self.path("bignumber.xlsx"), bool = Self.path("badbool.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: big)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxBadNumber(big, sheet: "Export", cell: "B2", value: "1e999"))
        }
        XCTAssertThrowsError(try XLSXTableReader.read(file: bool)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxBadBoolean(bool, sheet: "Export", cell: "B2", value: "2"))
        }
    }

    func testARowBeyondExcelsLastIsRefused() {
        // badrow.xlsx: a row numbered 2000000; Excel stops at 1048576.
        let path = Self.path("badrow.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxBadCellReference(path, sheet: "Export", reference: "2000000"))
        }
    }

    func testASharedStringIndexPastTheEndNamesTheCell() {
        // badindex.xlsx: cell B2 points at shared string 99, and there are 9.
        let path = Self.path("badindex.xlsx")
        XCTAssertThrowsError(try XLSXTableReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.xlsxBadSharedString(path, sheet: "Export", cell: "B2", index: "99"))
        }
    }

    func testLongSheetAndTheCtrlCCheckpoint() throws {
        // By construction (make_xlsx.py): n runs 1 … 2500 under its header.
        let long = try XLSXTableReader.read(file: Self.path("long.xlsx"))
        XCTAssertEqual(long.columns.map(\.name), ["n"])
        XCTAssertEqual(long.columns.first.map { column in (0..<column.count).map { column.data[$0] } },
                       (1...2500).map { Cell.integer(Int64($0)) })
        // 2501 sheet rows: the checkpoint runs at rows 1000 and 2000.
        let calls = Counter()
        _ = try XLSXTableReader.read(file: Self.path("long.xlsx"), checkpoint: { calls.value += 1 })
        XCTAssertEqual(calls.value, 2)
        XCTAssertThrowsError(try XLSXTableReader.read(file: Self.path("long.xlsx"), checkpoint: { throw RapportError.interrupted })) {
            XCTAssertEqual(($0 as? RapportError)?.isInterruption, true)
        }
    }

    /// A count a closure can raise.
    private final class Counter {
        var value = 0
    }
}
