import Foundation
import XCTest

/// Input that used to end the process with a Swift trap ("Illegal instruction", status 132): it must get a message
/// and an ordinary exit status instead.
final class HostileInputTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "",
                     environment: [String: String] = [:]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home,
                               environment: environment, directory: home)
    }

    /// Asserts the run ended with status 1 (a failed command), not a trap, and that stderr says `text`.
    private func assertFailsSaying(_ outcome: ProcessOutcome, _ text: String, file: StaticString = #filePath,
                                   line: UInt = #line) {
        XCTAssertEqual(outcome.status, 1, outcome.stderr, file: file, line: line)
        XCTAssertTrue(outcome.stderr.contains(text), outcome.stderr, file: file, line: line)
    }

    func testABackslashEndingTheLineIsAnErrorFromEveryInput() throws {
        let expected = "this \\ ends the line"
        assertFailsSaying(try run(["-c", "\\"]), "-c:1: error: " + expected)
        assertFailsSaying(try run([], stdin: "datasets\nshow x \\"), "<stdin>:2: error: " + expected)
        let script = home.appendingPathComponent("end.rap")
        try "datasets\ndatasets \\\n".write(to: script, atomically: true, encoding: .utf8)
        assertFailsSaying(try run(["--script", script.path]), "end.rap:2: error: " + expected)
    }

    func testAuthenticityOfTablesWithoutPlatformOrVoiceGivesAResult() throws {
        let ranking = "account,followers,engagement_rate\na,1000,1.5%\nb,2000,1.2%\nc,5000,0.9%\nd,9000,0.4%\n"
        let posts = "account,followers,likes\na,1000,15\nb,2000,24\nc,5000,45\nd,9000,36\n"
        try ranking.write(to: home.appendingPathComponent("ranking.csv"), atomically: true, encoding: .utf8)
        try posts.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
        let outcome = try run(["--json"], stdin: """
            import ranking.csv as ranking
            roles ranking account=account followers=followers engagement_rate=engagement_rate
            score ranking authenticity
            import posts.csv as posts
            roles posts account=account followers=followers likes=likes
            score posts authenticity

            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = try outcome.jsonLines()
        for line in [lines[2], lines[5]] {
            let result = try XCTUnwrap(line["result"] as? [String: Any], "\(line)")
            XCTAssertEqual((result["rows"] as? [[Any]])?.count, 4, "one row per account: \(result)")
            let notes = result["notes"] as? [String] ?? []
            XCTAssertTrue(notes.contains { $0.contains("no platform or voice column") }, "\(notes)")
        }
    }

    func testAWorkbookWithAByteThatIsNotUTF8IsRefusedNamingThePart() throws {
        let workbook = RapportProcess.repository
            .appendingPathComponent("Tests/ImportModuleTests/Fixtures/xlsx/badutf8.xlsx")
        try FileManager.default.copyItem(at: workbook, to: home.appendingPathComponent("badutf8.xlsx"))
        assertFailsSaying(try run(["-c", "import badutf8.xlsx as b"]),
                          "badutf8.xlsx is damaged: xl/worksheets/sheet1.xml is not valid UTF-8 text "
                          + "(line 4, column 14)")
    }

    func testAManifestWithNoFileNumberLeftRefusesChangesAndKeepsItsData() throws {
        try "a,b\n1,2\n".write(to: home.appendingPathComponent("small.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["-c", "import small.csv as one"]).status, 0)
        let manifest = workspace.appendingPathComponent("workspace.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        object["nextFileNumber"] = Int64.max
        try JSONSerialization.data(withJSONObject: object).write(to: manifest)
        let damaged = try Data(contentsOf: manifest)
        assertFailsSaying(try run(["-c", "import small.csv as two"]),
                          "workspace.json is damaged: its nextFileNumber 9223372036854775807 leaves no number "
                          + "for a new data file")
        XCTAssertEqual(try Data(contentsOf: manifest), damaged, "the manifest is left as it was")
        let show = try run(["-c", "show one"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("rows 1"), show.stdout)
    }

    func testHugeStageSettingsAreRefusedAndAHandEditedOneIsIgnored() throws {
        assertFailsSaying(try run(["-c", "set stage-window 999999999999999"]),
                          "stage-window must be a whole number from 1 to 36500, not '999999999999999'")
        XCTAssertEqual(try run(["-c", "simulate posts 40 --seed 2; simulate interactions posts as inter"]).status, 0)
        let manifest = workspace.appendingPathComponent("workspace.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        object["settings"] = ["stage-window": "999999999999999", "stage-recent": "-4"]
        try JSONSerialization.data(withJSONObject: object).write(to: manifest)
        let scored = try run(["--json", "-c", "score inter relationship-stages"])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let notes = try XCTUnwrap(try scored.jsonLines().first?["result"] as? [String: Any])["notes"] as? [String] ?? []
        XCTAssertTrue(notes.contains { $0.hasPrefix("window: 180 days") && $0.contains("in the last 30 days") },
                      "the defaults are in force: \(notes)")
    }

    func testUnixSecondsBeyondAnyYearImportAsIntegersInsteadOfTrappingInAZoneEastOfUTC() throws {
        // The type is guessed from the first 10,000 rows, which all look like Unix seconds; the last one is Int64.max.
        var csv = "id,created_at\n"
        for row in 0..<10_005 { csv += "a\(row),1700000000\n" }
        csv += "z,9223372036854775807\n"
        try csv.write(to: home.appendingPathComponent("unix.csv"), atomically: true, encoding: .utf8)
        let outcome = try run(["--json"], stdin: """
            import unix.csv as u
            set timezone Asia/Tokyo
            sort u by created_at desc
            show u --limit 1

            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let shown = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        let columns = try XCTUnwrap(shown["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.last?["type"] as? String, "integer")
        XCTAssertEqual((shown["rows"] as? [[Any]])?.first?.last as? Int, Int.max)
    }

    func testHugeRowCountsInAHandEditedManifestAreSummedWithoutOverflow() throws {
        try "a,b\n1,2\n".write(to: home.appendingPathComponent("small.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["-c", "import small.csv as one; import small.csv as two"]).status, 0)
        let manifest = workspace.appendingPathComponent("workspace.json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
        object["datasets"] = try XCTUnwrap(object["datasets"] as? [[String: Any]]).map { entry in
            entry.merging(["rows": Int64.max, "bytes": Int64.max]) { $1 }
        }
        try JSONSerialization.data(withJSONObject: object).write(to: manifest)
        let outcome = try run(["--json", "-c", "workspace"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let summary = try XCTUnwrap(try outcome.jsonLines().first?["result"] as? [String: Any])
        XCTAssertEqual(summary["rows"] as? Int, Int.max, "the sum stops at the largest number")
    }

    func testAJSONFileWhoseEveryRowBringsANewKeyIsRefusedBeforeItFillsTheMemory() throws {
        // 2,000 rows of about 15 bytes (30 KB) would make 2,000 × 2,000 cells; 64 MiB holds about a third of them.
        let json = "[" + (0..<2000).map { #"{"key\#($0)": \#($0)}"# }.joined(separator: ",\n") + "]"
        let ndjson = (0..<2000).map { #"{"key\#($0)": \#($0)}"# }.joined(separator: "\n")
        try json.write(to: home.appendingPathComponent("wide.json"), atomically: true, encoding: .utf8)
        try ndjson.write(to: home.appendingPathComponent("wide.ndjson"), atomically: true, encoding: .utf8)
        for name in ["wide.json", "wide.ndjson"] {
            let outcome = try run(["-c", "import \(name) as wide"],
                                  environment: ["RAPPORT_MEMORY_LIMIT": "\(64 << 20)"])
            assertFailsSaying(outcome, "\(name) makes a table of 2000 columns × 2000 rows; importing it would need ")
            XCTAssertTrue(outcome.stderr.contains("of memory, more than the 64.0 MiB RAPPORT_MEMORY_LIMIT allows"),
                          outcome.stderr)
        }
        XCTAssertFalse(try run(["-c", "datasets"]).stdout.contains("wide"))
    }

    func testAWorkbookThatInflatesBeyondTheLimitIsRefusedBeforeItIsInflated() throws {
        // bomb.xlsx (make_xlsx.py): 32 KB whose sheet inflates to 10,400,168 bytes; 16 MiB allows parts of 4 MiB.
        let fixtures = RapportProcess.repository.appendingPathComponent("Tests/ImportModuleTests/Fixtures/xlsx")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("bomb.xlsx"),
                                         to: home.appendingPathComponent("bomb.xlsx"))
        let outcome = try run(["-c", "import bomb.xlsx as bomb"], environment: ["RAPPORT_MEMORY_LIMIT": "\(16 << 20)"])
        assertFailsSaying(outcome, "xl/worksheets/sheet1.xml of bomb.xlsx inflates to at least 9.9 MiB; "
                          + "reading it would need about 39.7 MiB of memory, "
                          + "more than the 16.0 MiB RAPPORT_MEMORY_LIMIT allows")
    }

    func testHostileNumbersInCellsFlagsExpressionsAndAnswersGetMessagesNotTraps() throws {
        // nan, inf and 1e999 are no numbers a CSV column takes (they make it text); the rest overflow 64 bits.
        let csv = "account,likes,comments,followers\na1,nan,inf,99999999999999999999\n"
            + "a2,1e999,-1e999,-9223372036854775808\na1,1,2,9223372036854775807\n"
        try csv.write(to: home.appendingPathComponent("hv.csv"), atomically: true, encoding: .utf8)
        let lines: [(command: String, ok: Bool)] = [
            ("import hv.csv as h", true), ("describe h", true),
            ("show h --limit 99999999999999999999", false), ("sample h 99999999999999999999", false),
            ("derive h big = followers * 9223372036854775807", true), ("filter h where followers > 1e999 as f", true),
            ("derive h huge = 99999999999999999999 * 1e308 * 10", true),
            ("survey new t --instrument culture-profile", true), ("survey run t --respondent a", false),
        ]
        let script = lines.map(\.command).joined(separator: "\n") + "\n9223372036854775807 9223372036854775807 0 0\n"
        let outcome = try run(["--json", "--keep-going"], stdin: script)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        let results = try outcome.jsonLines()
        XCTAssertEqual(results.map { $0["command"] as? String }, lines.map(\.command))
        XCTAssertEqual(results.map { $0["ok"] as? Bool }, lines.map(\.ok))
        let messages = results.compactMap { ($0["error"] as? [String: Any])?["message"] as? String }
        XCTAssertEqual(messages, ["--limit needs a whole number, not '99999999999999999999'",
                                  "N needs a whole number, not '99999999999999999999'",
                                  "<stdin>:10: 9223372036854775807 is more than the 100 points there are"])
        let shown = try run(["--json", "-c", "show h --columns followers,big,huge"])
        let rows = try XCTUnwrap(try shown.jsonLines().first?["result"] as? [String: Any])["rows"] as? [[Any]]
        // followers is decimal (one value is beyond 64 bits), so big is a decimal product; huge is beyond a double.
        XCTAssertEqual(rows?.map { $0[1] is Double }, [true, true, true])
        XCTAssertEqual(rows?.map { $0[2] is NSNull }, [true, true, true], "an infinite result is missing")
    }
}
