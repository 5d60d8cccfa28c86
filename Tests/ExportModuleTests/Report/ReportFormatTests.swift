@testable import ExportModule
import XCTest

/// The format follows the file's extension; decks and workbooks are binary.
final class ReportFormatTests: XCTestCase {
    func testExtensionsPickTheFormat() {
        XCTAssertEqual(ReportFormat(path: "out/findings.html"), .html)
        XCTAssertEqual(ReportFormat(path: "FINDINGS.HTM"), .html)
        XCTAssertEqual(ReportFormat(path: "notes.md"), .md)
        XCTAssertEqual(ReportFormat(path: "notes.markdown"), .md)
        XCTAssertEqual(ReportFormat(path: "deck.PPTX"), .pptx)
        XCTAssertEqual(ReportFormat(path: "book.xlsx"), .xlsx)
        XCTAssertFalse(ReportFormat.pptx.isText)
        XCTAssertTrue(ReportFormat.html.isText)
        XCTAssertNil(ReportFormat(path: "report.pdf"))
        XCTAssertNil(ReportFormat(path: "report"))
    }
}
