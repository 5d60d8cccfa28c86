@testable import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// A workbook of several sheets, one with notes and a native chart beside its table, as `report FILE.xlsx` will
/// write it: read back by openpyxl (Export/Fixtures/read_exports.py) and converted by LibreOffice.
final class WorkbookWriterTests: XCTestCase {
    private static var directory = ""
    private static var read: [String: Any]?

    override class func setUp() {
        super.setUp()
        directory = (try? OfficeTools.directory()) ?? NSTemporaryDirectory()
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
        super.tearDown()
    }

    private static var path: String { directory + "/report.xlsx" }

    /// Key findings, one finding with notes and a bar chart, one with a line chart and no notes.
    private static var workbook: Workbook {
        let summary = Dataset(name: "summary", columns: [
            .text("finding", ["Person posts engage twice as well.", DeckSample.hostile]),
        ])
        let voice = Dataset(name: "voice", columns: [
            .text("voice", ["person", "brand", "mixed"]), .integer("posts", [1195, 2803, 12]),
            .decimal("median", [0.042, 0.021, 0.0305], role: ColumnRole.rate),
        ])
        let weeks = Dataset(name: "weeks", columns: [
            .text("week", DeckSample.lines.categories), .integer("posts", [120, 134, nil, 151, 149]),
        ])
        return Workbook(sheets: [
            WorkbookSheet(name: "Key findings", table: summary),
            WorkbookSheet(name: "Engagement rate by voice", table: voice,
                          notes: ["Median of interactions over followers per post.", "compare posts by voice"],
                          chart: DeckSample.bars),
            WorkbookSheet(name: "Posts per week", table: weeks, chart: DeckSample.lines),
        ], properties: DocumentProperties(title: "Social relationships analysis", creator: "rapport test",
                                          description: nil, created: "2026-12-07T10:00:00Z"))
    }

    /// What openpyxl reads from the workbook, written and read once for the class.
    private func workbook() throws -> [String: Any] {
        if let read = Self.read { return read }
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        let bytes = try WorkbookWriter.bytes(Self.workbook, timeZone: utc, checkpoint: {})
        try bytes.write(to: URL(fileURLWithPath: Self.path))
        let read = try XCTUnwrap(ExportSample.python("read_exports.py", ["xlsx", Self.path]) as? [String: Any])
        Self.read = read
        return read
    }

    private func sheet(_ name: String) throws -> [String: Any] {
        try XCTUnwrap((try workbook()["sheets"] as? [String: [String: Any]])?[name], "no sheet \(name)")
    }

    func testSheetsKeepTheirNamesAndTheFindingsTheirTexts() throws {
        XCTAssertEqual(try workbook()["sheetnames"] as? [String], ["Key findings", "Engagement rate by voice",
                                                                   "Posts per week"])
        let rows = try XCTUnwrap(try sheet("Key findings")["rows"] as? [[[Any]]])
        XCTAssertEqual(rows.map { $0[0][1] as? String }, ["finding", "Person posts engage twice as well.",
                                                          DeckSample.hostileRead])
    }

    func testNotesFollowTheTableAfterABlankRowAndTheFilterCoversOnlyTheTable() throws {
        let voice = try sheet("Engagement rate by voice")
        let rows = try XCTUnwrap(voice["rows"] as? [[[Any]]])
        // Rows 1–4 are the header and three groups, row 5 is blank, the notes are rows 6 and 7.
        XCTAssertEqual(rows[5][0][1] as? String, "Median of interactions over followers per post.")
        XCTAssertEqual(rows[6][0][1] as? String, "compare posts by voice")
        XCTAssertEqual(voice["auto_filter"] as? String, "A1:C4")
        XCTAssertEqual(voice["freeze_panes"] as? String, "A2")
        let formats = try XCTUnwrap(voice["formats"] as? [[String]])
        XCTAssertEqual(Array(formats[1].prefix(3)), ["General", "#,##0", "0.0 %"])
    }

    func testTheChartPointsAtItsDataUnderTheNotesAndCachesTheSameValues() throws {
        let voice = try sheet("Engagement rate by voice")
        let chart = try XCTUnwrap((voice["charts"] as? [[String: Any]])?.first)
        XCTAssertEqual(chart["type"] as? String, "barChart")
        XCTAssertEqual(chart["bar_dir"] as? String, "bar")
        let series = try XCTUnwrap((chart["series"] as? [[String: Any]])?.first)
        // Row 8 is blank; the chart's data has its header in row 9 and the three categories in rows 10–12.
        XCTAssertEqual(series["name"] as? String, "'Engagement rate by voice'!$B$9")
        XCTAssertEqual(series["categories"] as? String, "'Engagement rate by voice'!$A$10:$A$12")
        XCTAssertEqual(series["values"] as? String, "'Engagement rate by voice'!$B$10:$B$12")
        XCTAssertEqual(series["cached"] as? [Double], [0.042, 0.021, 0.0305])
        let rows = try XCTUnwrap(voice["rows"] as? [[[Any]]])
        XCTAssertEqual(rows[8].map { $0[1] as? String }.prefix(2), ["voice", "median engagement rate"])
        XCTAssertEqual(rows[9...11].map { $0[1][1] as? Double }, [0.042, 0.021, 0.0305])
        XCTAssertEqual(rows[11][0][1] as? String, DeckSample.hostileRead)
    }

    func testALineChartOnASheetWithoutNotesHasItsDataAfterOneBlankRow() throws {
        let weeks = try sheet("Posts per week")
        let chart = try XCTUnwrap((weeks["charts"] as? [[String: Any]])?.first)
        XCTAssertEqual(chart["type"] as? String, "lineChart")
        let series = try XCTUnwrap(chart["series"] as? [[String: Any]])
        // Header and five weeks in rows 1–6, row 7 blank, the chart data's header in row 8, the weeks in 9–13.
        XCTAssertEqual(series.map { $0["values"] as? String },
                       ["'Posts per week'!$B$9:$B$13", "'Posts per week'!$C$9:$C$13"])
        XCTAssertEqual(weeks["auto_filter"] as? String, "A1:B6")
    }

    func testEverySheetPrintsLandscapeFittedToTheWidth() throws {
        for name in ["Key findings", "Engagement rate by voice", "Posts per week"] {
            let sheet = try sheet(name)
            XCTAssertEqual(sheet["orientation"] as? String, "landscape", name)
            XCTAssertEqual(sheet["fit_to_width"] as? Int, 1, name)
            XCTAssertEqual(sheet["fit_to_height"] as? Int, 0, name)
        }
    }

    func testLibreOfficePrintsTheWorkbookWithItsCharts() throws {
        let office = try OfficeTools.libreOffice()
        _ = try workbook()
        let pdf = try OfficeTools.convert(Self.path, to: "pdf", office: office, in: Self.directory)
        // Three sheets, each fitted to one page's width and short enough for one page.
        XCTAssertEqual(try OfficeTools.pages(pdf), 3)
    }
}
