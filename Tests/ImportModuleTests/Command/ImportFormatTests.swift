import XCTest
import RapportCore
@testable import ImportModule

/// Formats told by extension or by `--type`; expected values worked out by hand from the literal files.
final class ImportFormatTests: XCTestCase {
    private var harness: ImportHarness!

    /// A fresh harness and folder per test.
    override func setUpWithError() throws {
        harness = try ImportHarness()
    }

    /// Removes the test's folder.
    override func tearDown() {
        harness.removeFolder()
    }

    func testExtensions() {
        XCTAssertEqual(ImportFormat.detect(path: "a/b.TSV"), .tsv)
        XCTAssertEqual(ImportFormat.detect(path: "b.json"), .json)
        XCTAssertEqual(ImportFormat.detect(path: "b.jsonl"), .ndjson)
        XCTAssertEqual(ImportFormat.detect(path: "b.xlsx"), .xlsx)
        XCTAssertEqual(ImportFormat.detect(path: "b.txt"), .csv)
    }

    func testTypeOverridesTheExtension() throws {
        let workspace = try Workspace(store: MemoryStore())
        // Tabs split the fields although the file is called .txt; commas stay inside them.
        let tabbed = try harness.write("tabbed.txt", "a\tb\n1,5\tx\n2,5\ty\n")
        _ = try harness.run("import \(tabbed) as tabbed --type tsv", in: workspace)
        XCTAssertEqual(try workspace.dataset(named: "tabbed").columnNames, ["a", "b"])
        let lines = try harness.write("rows.txt", "{\"id\": 1}\n{\"id\": 2, \"x\": \"y\"}\n")
        _ = try harness.run("import \(lines) as rows --type ndjson", in: workspace)
        let rows = try workspace.dataset(named: "rows")
        XCTAssertEqual(rows.columnNames, ["id", "x"])
        XCTAssertEqual(rows.rowCount, 2)
        let copy = harness.folder + "book.data"
        try FileManager.default.copyItem(atPath: XLSXTableReaderTests.path("types.xlsx"), toPath: copy)
        _ = try harness.run("import \(copy) as book --type xlsx --sheet accounts", in: workspace)
        // The accounts sheet: account, followers, verified over 3 rows (make_xlsx.py).
        XCTAssertEqual(try workspace.dataset(named: "book").columnNames, ["account", "followers", "verified"])
        XCTAssertEqual(try workspace.dataset(named: "book").rowCount, 3)
    }

    func testSheetNeedsAWorkbook() throws {
        let workspace = try Workspace(store: MemoryStore())
        let csv = try harness.write("plain.csv", "a\n1\n")
        XCTAssertThrowsError(try harness.run("import \(csv) --sheet one", in: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.sheetNeedsWorkbook("csv"))
        }
        XCTAssertTrue(workspace.entries.isEmpty)
    }

    func testASkippedDescriptionRowIsReported() throws {
        let workspace = try Workspace(store: MemoryStore())
        let result = try harness.run("import \(XLSXTableReaderTests.path("linkedin.xlsx")) as li", in: workspace)
        let lines = result.json["message"]?.stringValue?.split(separator: "\n").map(String.init) ?? []
        // linkedin.xlsx: a description in A1, the header in row 2, two posts below.
        XCTAssertEqual(lines.first, "imported 2 rows × 4 columns from linkedin.xlsx as li")
        XCTAssertEqual(lines.dropFirst().first, Words.xlsxSkippedDescriptionRow("All posts").en)
    }

    func testJSONTextsEmptyOrADashStayMissingAndAreCountedPerColumn() throws {
        // a holds "-" and "" (2), b holds "" beside a number (1), c none; null and absent keys are not counted.
        let workspace = try Workspace(store: MemoryStore())
        let rows = #"[{"a": "-", "b": "", "c": "x"}, {"a": "y", "b": 1, "c": null}, {"a": ""}]"#
        let json = try harness.write("marks.json", rows)
        let result = try harness.run("import \(json) as marks", in: workspace)
        let lines = result.json["message"]?.stringValue?.split(separator: "\n").map(String.init) ?? []
        XCTAssertTrue(lines.contains(Words.missingTexts([("a", 2), ("b", 1)]).en), "\(lines)")
        XCTAssertEqual(Words.missingTexts([("a", 2), ("b", 1)]).en, #"texts "" and "-" read as missing: 2 in a, 1 in b"#)
        XCTAssertEqual(result.json["missing_texts"], .object([("a", .integer(2)), ("b", .integer(1))]))
        let marks = try workspace.dataset(named: "marks")
        XCTAssertEqual((0..<3).map { marks.columns[0].data[$0] }, [.missing, .text("y"), .missing])
        XCTAssertEqual((0..<3).map { marks.columns[1].data[$0] }, [.missing, .integer(1), .missing])
        let plain = try harness.write("plain.json", #"[{"a": "x", "b": null}]"#)
        XCTAssertEqual(try harness.run("import \(plain) as plain", in: workspace).json["missing_texts"], .object([]))
    }

    func testWorkbookImportsItsFirstSheet() throws {
        let workspace = try Workspace(store: MemoryStore())
        let result = try harness.run("import \(XLSXTableReaderTests.path("types.xlsx"))", in: workspace)
        // The posts sheet: 5 rows (one of them empty) × 8 columns, as the dataset named after the file.
        XCTAssertEqual(result.json["rows"]?.doubleValue, 5)
        XCTAssertEqual(try workspace.dataset(named: "types").columnNames.count, 8)
    }
}
