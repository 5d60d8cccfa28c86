@testable import ExportModule
import RapportCore
import XCTest

/// The HTML page: self-contained, printable with page numbers, escaped, the findings in order with their appendix.
final class HTMLReportTests: XCTestCase {
    private var workspace: ReportWorkspace!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
    }

    override func tearDown() {
        workspace.remove()
    }

    func testTitleBlockKeyFindingsFindingsAndAppendixComeInOrder() throws {
        let html = HTMLReport.page(try workspace.document(client: "ACME"))
        let marks = ["<header class=\"title-block\">", "<h1>Social relationships analysis</h1>",
                     "<p class=\"meta\">Client: ACME</p>", "<section id=\"key-findings\">",
                     "<section class=\"finding goals\" id=\"finding-1\">",
                     "<section class=\"finding survey-profile\" id=\"finding-2\">",
                     "<section class=\"finding score\" id=\"finding-3\">",
                     "<section class=\"finding comparison\" id=\"finding-4\">", "<section id=\"appendix\">"]
        let places = try marks.map { try XCTUnwrap(html.range(of: $0), $0).lowerBound }
        XCTAssertEqual(places, places.sorted())
    }

    func testProvenanceIsInsideThePage() throws {
        let html = HTMLReport.page(try workspace.document())
        XCTAssertTrue(html.contains("<meta name=\"generator\" content=\"rapport \(RapportInfo.version)\">"))
        XCTAssertTrue(html.contains("<dt>rapport version</dt><dd>\(RapportInfo.version)</dd>"))
        XCTAssertTrue(html.contains("<dt>Workspace</dt><dd>&lt;memory&gt;</dd>"))
        XCTAssertTrue(html.contains("<dt>Written</dt><dd>1970-01-01T00:00:00Z</dd>"))
        XCTAssertTrue(html.contains("<p class=\"command\">Command: <code>compare posts engagement-rate by voice "
                                    + "--seed 7</code></p>"))
    }

    func testPageForbidsScriptsAndOutsideAssetsAndPrintsPageNumbers() throws {
        let html = HTMLReport.page(try workspace.document())
        XCTAssertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertFalse(html.contains(" src=\"http"))
        XCTAssertFalse(html.contains(" href="))
        XCTAssertFalse(html.contains("url("))
        XCTAssertTrue(html.contains("@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages)"))
        let german = HTMLReport.page(try workspace.document(.de))
        XCTAssertTrue(german.contains("content: \"Seite \" counter(page) \" von \" counter(pages)"))
    }

    func testEveryDataTextIsEscaped() throws {
        let html = HTMLReport.page(try workspace.document(title: "\"><script>alert(2)</script>",
                                                          client: "<img src=x onerror=alert(3)>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<img src=x"))
        XCTAssertTrue(html.contains("<title>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>"))
        // The hostile group name: the goal line and table, the kite's axis and table, the score's sentence, chart and
        // table, the comparison's sentence, chart, groups and pairs tables.
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: ReportWorkspace.escapedHostile).count - 1, 10)
    }

    func testNumbersAreRightAlignedAndRatesArePercentages() throws {
        let html = HTMLReport.page(try workspace.document())
        // Person's median engagement rate 0.20 (by hand: 10/100 and 30/100) as a percentage.
        XCTAssertTrue(html.contains("<td class=\"number\">20.0 %</td>"))
        XCTAssertTrue(html.contains("<span class=\"mark met\">✓ met</span>"), "the mark says met in words")
        XCTAssertTrue(html.contains("<span class=\"mark missed\">✗ missed</span>"))
    }

    func testALogoIsEmbeddedAsAnImageThatRunsNothing() throws {
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)
        let base = try workspace.document()
        let document = ReportDocument(title: base.title, client: nil, period: nil, date: base.date, logo: .svg(svg),
                                      language: .en, keyFindings: [], figures: [], findings: [],
                                      appendix: base.appendix)
        let html = HTMLReport.page(document)
        XCTAssertTrue(html.contains("<img class=\"logo\" alt=\"\" src=\"data:image/svg+xml;base64,"
                                    + svg.base64EncodedString() + "\">"))
        XCTAssertFalse(html.contains("<script"), "the logo's own markup is never in the page")
        XCTAssertTrue(html.contains("<p>\(Words.findingsNothing.en)</p>"))
    }

    func testProfileOfTwoTypesIsATableWithoutKite() throws {
        let pair = Dataset(name: "pair", columns: [
            Column.text("type", ["Clan", "Market"]), Column.integer("now", [60, 40]), Column.integer("preferred", [50, 50]),
        ])
        let html = HTMLReport.page(try ReportWorkspace.document(of: try ReportWorkspace.context(holding: [pair])))
        XCTAssertTrue(html.contains("<section class=\"finding survey-profile\" id=\"finding-1\">"))
        XCTAssertFalse(html.contains("<svg"))
        XCTAssertTrue(html.contains("<td>Market</td><td class=\"number\">40</td>"))
    }
}
