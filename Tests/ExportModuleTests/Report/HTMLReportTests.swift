@testable import ExportModule
import RapportCore
import XCTest

/// The HTML page: self-contained, printable, escaped, with its provenance.
final class HTMLReportTests: XCTestCase {
    private var workspace: ReportWorkspace!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
    }

    override func tearDown() {
        workspace.remove()
    }

    func testProvenanceIsInsideThePage() throws {
        let html = HTMLReport.page(try workspace.content())
        XCTAssertTrue(html.contains("<meta name=\"generator\" content=\"rapport \(RapportInfo.version)\">"))
        XCTAssertTrue(html.contains("<dt>rapport version</dt><dd>\(RapportInfo.version)</dd>"))
        XCTAssertTrue(html.contains("<dt>workspace</dt><dd>&lt;memory&gt;</dd>"))
        XCTAssertTrue(html.contains("<dt>written</dt><dd>1970-01-01T00:00:00Z</dd>"))
    }

    func testPageForbidsScriptsAndOutsideAssets() throws {
        let html = HTMLReport.page(try workspace.content())
        XCTAssertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    func testEveryDataTextIsEscaped() throws {
        let html = HTMLReport.page(try workspace.content(title: "\"><script>alert(2)</script>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertTrue(html.contains("<title>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>"))
        // The hostile group name shows in the comparison's sentence, chart, groups and pairs tables, the goal check and
        // the kite's axis and table; the goals table and the score table each name it once too.
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: ReportWorkspace.escapedHostile).count - 1, 8)
    }

    func testNumbersAreRightAlignedAndRatesArePercentages() throws {
        let html = HTMLReport.page(try workspace.content())
        // Person's median engagement rate 0.20 (by hand: 10/100 and 30/100) as a percentage.
        XCTAssertTrue(html.contains("<td class=\"number\">20.0 %</td>"))
    }

    func testAChartWithoutIntervalsIsNotCaptionedWithThem() throws {
        // compare --accounts stores medians per account without median_low/median_high.
        let accounts = Dataset(name: "side-by-side", columns: [
            Column.text("account", ["big", "small"]), Column.decimal("median", [0.01, 0.04], role: .rate),
        ], kind: .result)
        let context = try ReportWorkspace.context(holding: [accounts], findings: ["side-by-side": Finding(.compareAccounts)])
        let html = HTMLReport.page(try ReportGatherer.content(title: nil, only: nil, time: "1970-01-01T00:00:00Z", in: context))
        XCTAssertTrue(html.contains("<figcaption>Median per group</figcaption>"), html)
        XCTAssertFalse(html.contains("95 % interval"))
        let withIntervals = HTMLReport.page(try workspace.content())
        XCTAssertTrue(withIntervals.contains("<figcaption>Median per group with its 95 % interval</figcaption>"))
    }

    func testWorkspaceWithoutResultsSaysSo() throws {
        let content = try ReportGatherer.content(title: nil, only: nil, time: "1970-01-01T00:00:00Z", in: try ReportWorkspace.context(holding: [ReportWorkspace.posts]))
        let html = HTMLReport.page(content)
        XCTAssertTrue(html.contains("<p>\(Words.reportNothing.en)</p>"))
        XCTAssertFalse(html.contains("<section id=\"scores\">"))
        XCTAssertTrue(html.contains("<section id=\"workspace\">"))
    }

    func testProfileOfTwoTypesIsATableWithoutKite() throws {
        let pair = Dataset(name: "pair", columns: [
            Column.text("type", ["Clan", "Market"]), Column.integer("now", [60, 40]), Column.integer("preferred", [50, 50]),
        ])
        let context = try ReportWorkspace.context(holding: [pair])
        let html = HTMLReport.page(try ReportGatherer.content(title: nil, only: nil, time: "1970-01-01T00:00:00Z", in: context))
        XCTAssertTrue(html.contains("<section id=\"surveys\">"))
        XCTAssertFalse(html.contains("<svg"))
        XCTAssertTrue(html.contains("<td>Market</td><td class=\"number\">40</td>"))
    }
}
