@testable import ExportModule
import XCTest

/// The type an export takes from the file's extension.
final class ExportFormatTests: XCTestCase {
    func testExtensions() {
        let cases: [(String, ExportFormat?)] = [
            ("a.csv", .csv), ("A.CSV", .csv), ("a.tsv", .tsv), ("a.tab", .tsv), ("a.json", .json), ("a.ndjson", .ndjson),
            ("a.jsonl", .ndjson), ("a.md", .md), ("a.markdown", .md), ("dir/a.xlsx", .xlsx), ("a.sqlite", .sqlite),
            ("a.db", .sqlite), ("a.txt", nil), ("noextension", nil),
        ]
        for (path, expected) in cases { XCTAssertEqual(ExportFormat.detect(path: path), expected, path) }
    }

    func testOnlyLineFormatsUseASidecar() {
        XCTAssertEqual(ExportFormat.allCases.filter(\.usesSidecar), [.csv, .tsv, .ndjson])
        XCTAssertEqual(ExportFormat.allCases.filter(\.holdsSeveralDatasets), [.json, .md, .xlsx, .sqlite])
    }
}
