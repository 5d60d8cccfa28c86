@testable import ExportModule
import RapportCore
import XCTest

/// The Markdown report's structure: headings in order, well-formed pipe tables, escaped data, chart files linked.
final class MarkdownReportTests: XCTestCase {
    private var workspace: ReportWorkspace!
    private var lines: [String] = []
    private var charts: [MarkdownReport.ChartFile] = []

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
        let (text, charts) = MarkdownReport.document(try workspace.document(title: "Q3 | *client*"),
                                                     chartsFolder: "r-charts")
        lines = text.components(separatedBy: "\n")
        self.charts = charts
    }

    override func tearDown() {
        workspace.remove()
    }

    func testHeadingsComeInOrder() {
        XCTAssertEqual(lines.filter { $0.hasPrefix("#") }, [
            "# Q3 \\| \\*client\\*", "## Key findings", "## Goals", "## Culture profile of culture",
            "## Engagement rate by voice", "## Engagement rate compared by voice", "## Appendix", "### Methods",
            "### Datasets used",
        ])
    }

    func testChartsAreFilesBesideTheDocument() throws {
        XCTAssertEqual(charts.map(\.name), ["02-survey-profile.svg", "03-score.svg", "04-comparison.svg"])
        XCTAssertTrue(lines.contains("![Median per group with its 95 % interval and the number of posts]"
                                     + "(r-charts/04-comparison.svg)"))
        for chart in charts {
            let svg = String(decoding: chart.data, as: UTF8.self)
            XCTAssertTrue(svg.hasPrefix("<svg "), chart.name)
            XCTAssertTrue(svg.contains("<style>\nsvg.chart"), "a chart file carries its colours: \(chart.name)")
        }
        XCTAssertTrue(MarkdownReport.document(try workspace.document(), chartsFolder: nil).charts.isEmpty)
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
        // The key figures (posts analysed), goals, profile, score, comparison groups and pairs, the appendix's
        // datasets (no source files in memory).
        XCTAssertEqual(tables, 7)
    }

    func testHostileTextsStayText() {
        let text = lines.joined(separator: "\n")
        XCTAssertFalse(text.contains("<script"))
        XCTAssertTrue(text.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"))
    }

    func testGoalsAreMarkedInWordsAndTheSentenceIsQuoted() {
        XCTAssertTrue(lines.contains("- **✓ met** Goal er \\(voice=person\\): 20.0 % against a target of ≥ 3.0 %."),
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("1 of 2 goals met."))
        XCTAssertTrue(lines.contains { $0.hasPrefix("| er | voice=person | ≥ | 3.0 % | 20.0 % | met | 17.0 % |") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("person posts earned 50 times") })
        XCTAssertTrue(lines.contains("> Command: compare posts engagement-rate by voice --seed 7"))
    }

    func testAppendixEndsWithVersionWorkspaceAndTime() {
        let tail = Array(lines.suffix(4))
        XCTAssertEqual(tail, ["- rapport version: \(RapportInfo.version)", "- Workspace: &lt;memory&gt;",
                              "- Written: 1970-01-01T00:00:00Z", ""])
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
