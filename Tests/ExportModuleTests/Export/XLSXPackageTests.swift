import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// XLSX exports read back by openpyxl (Fixtures/read_exports.py) and, when installed, LibreOffice.
final class XLSXPackageTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func readBack(timeZone: String = "UTC") throws -> [String: Any] {
        let harness = try ExportSample.harness(timeZone: timeZone)
        try harness.run("export posts \(directory)/posts.xlsx")
        return try XCTUnwrap(ExportSample.python("read_exports.py", ["xlsx", directory + "/posts.xlsx"]) as? [String: Any])
    }

    func testOpenpyxlReadsNumbersAsNumbersAndDatesAsDates() throws {
        let read = try readBack()
        XCTAssertEqual(read["sheetnames"] as? [String], ["posts", "provenance"])
        let sheets = try XCTUnwrap(read["sheets"] as? [String: [String: Any]])
        let rows = try XCTUnwrap(sheets["posts"]?["rows"] as? [[[Any]]])
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

    func testHeaderIsBoldAndFrozenAndColumnsHaveWidths() throws {
        let read = try readBack()
        let sheet = try XCTUnwrap((read["sheets"] as? [String: [String: Any]])?["posts"])
        XCTAssertEqual(sheet["freeze_panes"] as? String, "A2")
        XCTAssertEqual(sheet["header_bold"] as? [Bool], [true, true, true, true, true, true])
        // Widths by hand: the longest of header and values plus 2, between 8 and 60: id 2+2 → 8,
        // text '=HYPERLINK("http://x.example","click")' 38+2 = 40, published 19+2 = 21.
        let widths = try XCTUnwrap(sheet["widths"] as? [Double])
        XCTAssertEqual(widths[0], 8)
        XCTAssertEqual(widths[1], 40)
        XCTAssertEqual(widths[5], 21)
    }

    func testDatesAreWallClockTimesInTheWorkspaceZone() throws {
        let read = try readBack(timeZone: "Europe/Berlin")
        let rows = try XCTUnwrap(((read["sheets"] as? [String: [String: Any]])?["posts"]?["rows"]) as? [[[Any]]])
        // 14:05 UTC on 1 March is 15:05 CET; 10:00 UTC on 1 July is 12:00 CEST.
        XCTAssertEqual(rows[1][5][1] as? String, "2025-03-01T15:05:00")
        XCTAssertEqual(rows[2][5][1] as? String, "2025-07-01T12:00:00")
    }

    func testProvenanceSheetAndCreator() throws {
        let read = try readBack()
        XCTAssertEqual(read["creator"] as? String, "rapport " + RapportInfo.version)
        let rows = try XCTUnwrap(((read["sheets"] as? [String: [String: Any]])?["provenance"]?["rows"]) as? [[[Any]]])
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

    func testLibreOfficeConvertsTheWorkbookToCSV() throws {
        let office = ["/usr/bin/libreoffice", "/usr/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let office else {
            throw XCTSkip("libreoffice is not installed (apt package libreoffice-calc-nogui); the conversion check is skipped")
        }
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.xlsx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        // The filter options ask for commas, double quotes and UTF-8 (character set 76); LibreOffice's default is Latin-1.
        process.arguments = ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", directory,
                             directory + "/posts.xlsx"]
        process.environment = ["HOME": directory]
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOfFile: directory + "/posts.csv", encoding: .utf8)
        XCTAssertTrue(text.replacingOccurrences(of: "\"", with: "").hasPrefix("id,text,rate,reach,paid,published"), text)
        XCTAssertTrue(text.contains("plain ä ö ü ß"), text)
        // LibreOffice quotes text cells only, so an unquoted 1234.5678 was read as a number.
        XCTAssertTrue(text.contains(",1234.5678,"), text)
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
