import Foundation
import XCTest

/// `export` through the real binary: a piped script imports a CSV and exports it, and a second export
/// to the same file fails with the script's file:line until --force is given.
final class ExportTests: XCTestCase {
    private var home: URL!

    /// A private home holding a small posts file with a hostile text.
    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try "id,text,likes\n1,hello,10\n2,\"=1+1\",20\n".write(to: home.appendingPathComponent("in.csv"),
                                                                 atomically: true, encoding: .utf8)
    }

    /// Removes the private home.
    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testExportWritesTheFileAndRefusesToOverwriteWithoutForce() throws {
        let workspace = home.appendingPathComponent("ws").path
        let first = try RapportProcess.run(["--workspace", workspace], stdin: "import in.csv as posts\nexport posts out.csv\n",
                                           home: home, directory: home)
        XCTAssertEqual(first.status, 0, first.stderr)
        let text = try String(contentsOf: home.appendingPathComponent("out.csv"), encoding: .utf8)
        // By hand: header, row 1, and the formula behind an apostrophe; CRLF line ends.
        XCTAssertEqual(text, "id,text,likes\r\n1,hello,10\r\n2,'=1+1,20\r\n")
        let meta = try Data(contentsOf: home.appendingPathComponent("out.csv.meta.json"))
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: meta) as? [String: Any])
        XCTAssertEqual((record["datasets"] as? [[String: Any]])?.first?["rows"] as? Int, 2)

        let again = try RapportProcess.run(["--workspace", workspace], stdin: "export posts out.csv\n",
                                           home: home, directory: home)
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("out.csv exists already (add --force to replace it)"), again.stderr)
        let forced = try RapportProcess.run(["--workspace", workspace], stdin: "export posts out.csv --force\n",
                                            home: home, directory: home)
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }

    func testExportedResultWorkbookShowsRatesAsPercentagesWithFiltersAndPrintSetup() throws {
        let workspace = home.appendingPathComponent("ws").path
        let script = "simulate posts 300 --seed 9\nscore posts engagement-rate by voice\n"
            + "export posts-engagement-rate,posts out.xlsx\n"
        let outcome = try RapportProcess.run(["--workspace", workspace], stdin: script, home: home, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        reader.arguments = ["python3", "-c", """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            out = {"names": book.sheetnames}
            for sheet in book.worksheets:
                out[sheet.title] = {"header": [c.value for c in sheet[1]],
                                    "formats": [c.number_format for c in sheet[2]], "filter": sheet.auto_filter.ref,
                                    "freeze": sheet.freeze_panes,
                                    "orientation": sheet.page_setup.orientation, "fit": sheet.page_setup.fitToWidth}
            print(json.dumps(out))
            """, home.appendingPathComponent("out.xlsx").path]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        XCTAssertEqual(reader.terminationStatus, 0, "openpyxl could not read the workbook")
        let read = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(read["names"] as? [String], ["posts-engagement-rate", "posts", "provenance"])
        let result = try XCTUnwrap(read["posts-engagement-rate"] as? [String: Any])
        // The score's table: voice, posts (a count), then median, mean, p25, p75, pooled (rates).
        XCTAssertEqual(result["header"] as? [String], ["voice", "posts", "median", "mean", "p25", "p75", "pooled"])
        XCTAssertEqual(result["formats"] as? [String],
                       ["General", "#,##0", "0.0 %", "0.0 %", "0.0 %", "0.0 %", "0.0 %"])
        XCTAssertEqual(result["filter"] as? String, "A1:G3", "two groups under the header")
        for name in ["posts-engagement-rate", "posts", "provenance"] {
            let sheet = try XCTUnwrap(read[name] as? [String: Any])
            XCTAssertEqual(sheet["freeze"] as? String, "A2", name)
            XCTAssertEqual(sheet["orientation"] as? String, "landscape", name)
            XCTAssertEqual(sheet["fit"] as? Int, 1, name)
            XCTAssertNotNil(sheet["filter"] as? String, name)
        }
    }

    /// The report, the SQLite provenance table and the CSV sidecar name the command with its flags (the XLSX sheet holds
    /// the same pairs, XLSXPackageTests reads it with openpyxl).
    func testEveryRecordNamesTheWholeCommandAndHoldsNoJSONText() throws {
        let workspace = home.appendingPathComponent("ws").path
        let script = "simulate posts 300 --seed 3\ncompare posts engagement-rate by voice --denominator reach\n"
            + "export posts-engagement-rate-by-voice cmp.sqlite\nexport posts-engagement-rate-by-voice cmp.csv\n"
            + "report cmp.md\n"
        let outcome = try RapportProcess.run(["--workspace", workspace], stdin: script, home: home, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let command = "compare posts engagement-rate by voice --denominator reach"
        let report = try String(contentsOf: home.appendingPathComponent("cmp.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("> Command: " + command), report)
        let sidecar = try String(contentsOf: home.appendingPathComponent("cmp.csv.meta.json"), encoding: .utf8)
        XCTAssertTrue(sidecar.contains("\"command\":\"\(command)\""), sidecar)
        XCTAssertTrue(sidecar.contains("\"name\":\"--denominator\",\"value\":\"reach\""), sidecar)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", home.appendingPathComponent("cmp.sqlite").path,
                            "SELECT key || '=' || value FROM rapport_provenance"]
        let rows = Pipe()
        sqlite.standardOutput = rows
        try sqlite.run()
        let pairs = String(decoding: rows.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sqlite.waitUntilExit()
        XCTAssertEqual(sqlite.terminationStatus, 0, "sqlite3 is installed by make test")
        XCTAssertTrue(pairs.contains("posts-engagement-rate-by-voice.command=" + command), pairs)
        XCTAssertTrue(pairs.contains("posts-engagement-rate-by-voice.parameter.--denominator=reach"), pairs)
        XCTAssertTrue(pairs.contains("posts-engagement-rate-by-voice.finding=compare"), pairs)
        for text in [report, pairs] {
            XCTAssertFalse(text.contains("{\"de\""), "no record as JSON inside a text: \(text)")
        }
    }
}
