@testable import ExportModule
import XCTest

/// The format follows the file's extension.
final class ReportFormatTests: XCTestCase {
    func testExtensionsPickTheFormat() {
        XCTAssertEqual(ReportFormat(path: "out/findings.html"), .html)
        XCTAssertEqual(ReportFormat(path: "FINDINGS.HTM"), .html)
        XCTAssertEqual(ReportFormat(path: "notes.md"), .markdown)
        XCTAssertNil(ReportFormat(path: "report.pdf"))
        XCTAssertNil(ReportFormat(path: "report"))
    }
}
