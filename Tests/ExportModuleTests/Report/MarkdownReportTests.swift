@testable import ExportModule
import RapportCore
import XCTest

/// The Markdown report's structure: headings in order, well-formed pipe tables, escaped data, the provenance list.
final class MarkdownReportTests: XCTestCase {
    private var workspace: ReportWorkspace!
    private var lines: [String] = []

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
        lines = MarkdownReport.document(try workspace.content(title: "Q3 | *client*")).components(separatedBy: "\n")
    }

    override func tearDown() {
        workspace.remove()
    }

    func testHeadingsComeInOrder() {
        XCTAssertEqual(lines.filter { $0.hasPrefix("#") }, [
            "# Q3 \\| \\*client\\*", "## Workspace", "## Scores", "### posts-engagement-rate", "## Goals", "## Comparisons",
            "### posts-engagement-rate-by-voice", "## Culture profiles", "### culture", "## Provenance",
        ])
    }

    func testEveryTableRowHasAsManyCellsAsItsHeader() {
        var tables = 0
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("| ") else { index += 1; continue }
            let cells = unescapedPipes(lines[index]) - 1
            XCTAssertTrue(lines[index + 1].hasPrefix("| ---"), "a separator follows the header: \(lines[index + 1])")
            while index < lines.count, lines[index].hasPrefix("| ") {
                XCTAssertEqual(unescapedPipes(lines[index]) - 1, cells, lines[index])
                index += 1
            }
            XCTAssertEqual(lines[index], "", "a blank line ends a table")
            tables += 1
        }
        // Summary, score, goals, comparison groups and pairs, survey.
        XCTAssertEqual(tables, 6)
    }

    func testNumericColumnsAreRightAligned() {
        // The summary: dataset, kind, rows, columns, source.
        XCTAssertTrue(lines.contains("| --- | --- | ---: | ---: | --- |"))
    }

    func testHostileTextsStayText() {
        let text = lines.joined(separator: "\n")
        XCTAssertFalse(text.contains("<script"))
        XCTAssertTrue(text.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"))
    }

    func testGoalsAreCountedAndWordedAndTheSentenceIsQuoted() {
        XCTAssertTrue(lines.contains("1 of 2 goals met."))
        XCTAssertTrue(lines.contains { $0.hasPrefix("| er | voice=person | &gt;= | 3.0 % | 20.0 % | met | 17.0 % |") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("person posts earned 50 times") })
    }

    func testProvenanceListsVersionWorkspaceDatasetsAndTime() {
        let start = lines.firstIndex(of: "## Provenance")! + 2
        // The datasets in the workspace's order: culture was stored with the posts, the results after them.
        XCTAssertEqual(Array(lines[start..<(start + 4)]), [
            "- rapport version: \(RapportInfo.version)", "- workspace: &lt;memory&gt;",
            "- datasets: culture, posts-engagement-rate, posts-engagement-rate-by-voice, posts-engagement-rate-by-voice-pairs",
            "- written: 1970-01-01T00:00:00Z",
        ])
    }

    /// The number of `|` in a line that are not escaped with a backslash.
    private func unescapedPipes(_ line: String) -> Int {
        var count = 0, previous: Character = " "
        for character in line {
            if character == "|" && previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }
}
