import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// XLSX exports read back by openpyxl (Fixtures/read_exports.py) and converted by LibreOffice.
final class XLSXPackageTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func readBack(timeZone: String = "UTC", datasets: [Dataset] = [ExportSample.withRateRole],
                          names: String = "posts") throws -> [String: Any] {
        let harness = try ExportSample.harness(timeZone: timeZone, datasets: datasets)
        try harness.run("export \(names) \(directory)/posts.xlsx --force")
        return try XCTUnwrap(ExportSample.python("read_exports.py", ["xlsx", directory + "/posts.xlsx"]) as? [String: Any])
    }

    private func sheet(_ read: [String: Any], _ name: String) throws -> [String: Any] {
        try XCTUnwrap((read["sheets"] as? [String: [String: Any]])?[name], "no sheet \(name)")
    }

    func testOpenpyxlReadsNumbersAsNumbersAndDatesAsDates() throws {
        let read = try readBack()
        XCTAssertEqual(read["sheetnames"] as? [String], ["posts", "provenance"])
        let rows = try XCTUnwrap(try sheet(read, "posts")["rows"] as? [[[Any]]])
        XCTAssertEqual(rows.count, 10)
        XCTAssertEqual(rows[0].map { $0[1] as? String }, ["id", "text", "rate", "reach", "paid", "published"])
        // Row 1 of the sample, by hand: 1, the text, 0.5, 100, true, 2025-03-01 14:05 (UTC zone).
        XCTAssertEqual(rows[1].map { $0[0] as? String }, ["int", "str", "float", "int", "bool", "datetime"])
        XCTAssertEqual(rows[1][0][1] as? Int, 1)
        XCTAssertEqual(rows[1][1][1] as? String, "plain ä ö ü ß")
        XCTAssertEqual(rows[1][2][1] as? Double, 0.5)
        XCTAssertEqual(rows[1][3][1] as? Int, 100)
        XCTAssertEqual(rows[1][4][1] as? Bool, true)
        XCTAssertEqual(rows[1][5][1] as? String, "2025-03-01T14:05:00")
        // Missing values are empty cells; 1970-01-01T23:59:59Z and 2000-02-29 come back exactly.
        XCTAssertEqual(rows[2][3][0] as? String, "NoneType")
        XCTAssertEqual(rows[4][5][1] as? String, "1970-01-01T23:59:59")
        XCTAssertEqual(rows[5][5][1] as? String, "2000-02-29T00:00:00")
        XCTAssertEqual(rows[6][2][1] as? Double, 2.5e-07)
        XCTAssertEqual(rows[9][2][1] as? Double, -7.75)
        // Texts are kept as they are: inline strings are never run as formulas.
        XCTAssertEqual(rows[3][1][1] as? String, "=HYPERLINK(\"http://x.example\",\"click\")")
        XCTAssertEqual(rows[2][1][1] as? String, "comma, \"quoted\"\nsecond line")
        XCTAssertEqual(rows[6][1][1] as? String, "-5")
    }

    func testRatesArePercentagesCountsHaveSeparatorsAndTimesAreDateTimes() throws {
        let posts = try sheet(try readBack(), "posts")
        let formats = try XCTUnwrap(posts["formats"] as? [[String]])
        let rows = try XCTUnwrap(posts["rows"] as? [[[Any]]])
        // The rate column plays the rate role; reach counts; id names rows; published has seconds (23:59:59).
        XCTAssertEqual(formats[1], ["General", "General", "0.0 %", "#,##0", "General", "yyyy-mm-dd hh:mm:ss"])
        let rated = (1..<rows.count).filter { rows[$0][2][0] as? String == "float" }
        XCTAssertEqual(rated.count, 8, "the sample's rates but the missing one")
        XCTAssertEqual(Set(rated.map { formats[$0][2] }), ["0.0 %"], "every rate cell")
        // Without the role the same decimals stay in General.
        let plainSheet = try sheet(try readBack(datasets: [ExportSample.dataset]), "posts")
        let plain = try XCTUnwrap(plainSheet["formats"] as? [[String]])
        XCTAssertEqual(plain[1][2], "General")
    }

    func testDaysWithoutTimesAreDatesAndWholeMinutesHaveNoSeconds() throws {
        // 2025-03-01 and 2025-03-02 at midnight UTC: 20148 and 20149 days × 86400; then 14:05 on the first.
        let days = Dataset(name: "days", columns: [
            Column(name: "day", data: .time([1_740_787_200, 1_740_873_600], MissingMask())),
        ])
        let minutes = Dataset(name: "minutes", columns: [
            Column(name: "at", data: .time([1_740_787_200, 1_740_837_900], MissingMask())),
        ])
        let read = try readBack(datasets: [days, minutes], names: "days,minutes")
        XCTAssertEqual((try sheet(read, "days")["formats"] as? [[String]])?[1], ["yyyy-mm-dd"])
        XCTAssertEqual((try sheet(read, "minutes")["formats"] as? [[String]])?[2], ["yyyy-mm-dd hh:mm"])
    }

    func testEverySheetHasAFilterAFrozenHeaderAndLandscapeFitToWidthPrinting() throws {
        let read = try readBack()
        // posts: 6 columns A–F, the header and 9 rows; provenance: key and value, the header and its pairs.
        let pairs = try XCTUnwrap(try sheet(read, "provenance")["rows"] as? [[Any]]).count
        for (name, filter) in [("posts", "A1:F10"), ("provenance", "A1:B\(pairs)")] {
            let values = try sheet(read, name)
            XCTAssertEqual(values["auto_filter"] as? String, filter, name)
            XCTAssertEqual(values["freeze_panes"] as? String, "A2", name)
            XCTAssertEqual(values["orientation"] as? String, "landscape", name)
            XCTAssertEqual(values["fit_to_width"] as? Int, 1, name)
            XCTAssertEqual(values["fit_to_height"] as? Int, 0, name)
            XCTAssertEqual(values["fit_to_page"] as? Bool, true, name)
            XCTAssertEqual(values["print_title_rows"] as? String, "$1:$1", name)
        }
    }

    func testHeaderIsBoldAndColumnsAreWideEnoughForWhatTheyShow() throws {
        let posts = try sheet(try readBack(), "posts")
        XCTAssertEqual(posts["header_bold"] as? [Bool], [true, true, true, true, true, true])
        let widths = try XCTUnwrap(posts["widths"] as? [Double])
        let headers = try XCTUnwrap(posts["measured_header_widths"] as? [Double])
        let values = try XCTUnwrap(posts["measured_value_widths"] as? [Double])
        for index in widths.indices {
            // Pillow's widths in digits: the column holds the widest value with room, the header with room for the
            // filter button, and is not much wider than the wider of the two (or the narrowest width, 8).
            let needed = max(values[index] + 1, headers[index] + 2.5)
            XCTAssertGreaterThanOrEqual(widths[index], needed, "column \(index)")
            XCTAssertLessThanOrEqual(widths[index], max(needed + 3, 8), "column \(index)")
        }
    }

    func testLongAndRepeatedNamesGiveDistinctSheetNamesWithin31Characters() throws {
        let long = "posts-engagement-rate-by-voice-and-platform"
        let datasets = [long, long + "-pairs", "Posts", "posts"].map {
            Dataset(name: $0, columns: [.integer("n", [1])])
        }
        let read = try readBack(datasets: datasets, names: datasets.map(\.name).joined(separator: ","))
        let names = try XCTUnwrap(read["sheetnames"] as? [String])
        XCTAssertEqual(names, ["posts-engagemen…ce-and-platform", "posts-engagemen…platform-pairs", "Posts",
                               "posts (2)", "provenance"])
        XCTAssertTrue(names.allSatisfy { $0.utf16.count <= 31 })
    }

    func testDatesAreWallClockTimesInTheWorkspaceZone() throws {
        let read = try readBack(timeZone: "Europe/Berlin")
        let rows = try XCTUnwrap(try sheet(read, "posts")["rows"] as? [[[Any]]])
        // 14:05 UTC on 1 March is 15:05 CET; 10:00 UTC on 1 July is 12:00 CEST.
        XCTAssertEqual(rows[1][5][1] as? String, "2025-03-01T15:05:00")
        XCTAssertEqual(rows[2][5][1] as? String, "2025-07-01T12:00:00")
    }

    func testProvenanceSheetAndCreator() throws {
        let read = try readBack()
        XCTAssertEqual(read["creator"] as? String, "rapport " + RapportInfo.version)
        let rows = try XCTUnwrap(try sheet(read, "provenance")["rows"] as? [[[Any]]])
        let pairs = Dictionary(rows.dropFirst().map { ($0[0][1] as? String ?? "", $0[1][1] as? String ?? "") },
                               uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(pairs["rapport"], RapportInfo.version)
        XCTAssertEqual(pairs["dataset"], "posts")
        XCTAssertEqual(pairs["posts.rows"], "9")
        XCTAssertEqual(pairs["posts.command"], ExportSample.command)
        XCTAssertEqual(pairs["posts.parameter.--preset"], "none")
        XCTAssertEqual(pairs["posts.parameter.FILE"], "sample.csv")
        XCTAssertEqual(pairs["posts.file"], "sample.csv")
        XCTAssertEqual(pairs["posts.file.sha256"], ExportSample.file.sha256)
        XCTAssertFalse(pairs.values.contains { $0.contains("{") }, "no JSON in a cell")
    }

    func testLibreOfficeConvertsTheWorkbookToCSVAsShown() throws {
        let office = try OfficeTools.libreOffice()
        let harness = try ExportSample.harness(datasets: [ExportSample.withRateRole])
        try harness.run("export posts \(directory)/posts.xlsx")
        // The filter options ask for commas, double quotes and UTF-8 (character set 76); LibreOffice's default is Latin-1.
        try OfficeTools.convert(directory + "/posts.xlsx", to: "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                office: office, in: directory)
        let text = try String(contentsOfFile: directory + "/posts.csv", encoding: .utf8)
        XCTAssertTrue(text.replacingOccurrences(of: "\"", with: "").hasPrefix("id,text,rate,reach,paid,published"), text)
        XCTAssertTrue(text.contains("plain ä ö ü ß"), text)
        // Cells as shown: 0.5 as 50.0 %, 1234.5678 as 123456.8 %, 1,000,000 (quoted for its commas), the minute.
        XCTAssertTrue(text.contains("1,\"plain ä ö ü ß\",50.0 %,100,TRUE,2025-03-01 14:05:00"), text)
        XCTAssertTrue(text.contains(",123456.8 %,"), text)
        XCTAssertTrue(text.contains(",\"1,000,000\","), text)
    }

    func testTooLongTextFailsAndLeavesNoFile() throws {
        var dataset = ExportSample.dataset
        dataset.setColumn(.text("text", Array(repeating: String(repeating: "x", count: 40_000), count: 9)))
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [dataset])
        let error = try XCTUnwrap(harness.error("export posts \(directory)/posts.xlsx"))
        XCTAssertTrue(error.message.en.contains("cell B2"), error.message.en)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
    }
}
