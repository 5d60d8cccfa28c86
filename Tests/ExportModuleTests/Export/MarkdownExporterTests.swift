import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// Markdown exports: provenance under the title, aligned columns and escaped texts.
final class MarkdownExporterTests: XCTestCase {
    func testTableEscapesHostileTextsAndRecordsProvenance() throws {
        let directory = try ExportSample.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.md")
        let lines = try String(contentsOfFile: directory + "/posts.md", encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "# posts")
        XCTAssertTrue(lines[2].hasPrefix("_exported by rapport \(RapportInfo.version) from the workspace <memory>"
                                          .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")),
                      lines[2])
        XCTAssertTrue(lines.contains("| id | text | rate | reach | paid | published |"))
        XCTAssertTrue(lines.contains("| ---: | --- | ---: | ---: | --- | --- |"))
        // Row 9 by hand: the script tag as entities, the parentheses, the pipe and the stars backslash-escaped.
        XCTAssertTrue(lines.contains("| 9 | &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*bold\\* | -7.75 | 9 | true | 2025-03-01 14:05 |"),
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("| 2 | comma, \"quoted\" second line | 1.25 |  | false | 2025-07-01 10:00 |"))
        XCTAssertFalse(lines.joined().contains("<script>"))
    }

    func testGermanSessionWritesGermanWordsAndNumbers() throws {
        let directory = try ExportSample.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let harness = try ExportSample.harness(language: .de)
        try harness.run("export posts \(directory)/posts.md")
        let text = try String(contentsOfFile: directory + "/posts.md", encoding: .utf8)
        XCTAssertTrue(text.contains("_exportiert von rapport"))
        XCTAssertTrue(text.contains("9 Zeilen, aus import sample.csv as posts --preset none"), text)
        XCTAssertTrue(text.contains("| 2 | comma, \"quoted\" second line | 1,25 |  | falsch | 01.07.2025 10:00 |"), text)
    }
}
