import Foundation
import XCTest

/// Cleaning inside the shell, as a user runs it: number(), convert, rename-column and dedupe on a client's file,
/// undone and replayed from the saved log to the same workspace; JSON and German output.
final class CleaningTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    /// A client file as it arrives: counts with units, German times, one unreadable cell and a repeated row.
    static let rawCSV = """
    id,raw,when
    1,3.3k,01.03.2025 14:05
    2,"1,2 Mio.",02.03.2025 09:30
    3,45 %,later
    4,abc,
    1,3.3k,01.03.2025 14:05

    """

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
        try Self.rawCSV.write(to: home.appendingPathComponent("raw.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws
        -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home,
                               environment: environment, directory: home)
    }

    func testCleaningIsUndoneAndReplayedFromTheLog() throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]
        let session = """
        import raw.csv as t
        derive t clean = number(raw)
        convert t raw to decimal
        convert t when to time --format "%d.%m.%Y %H:%M"
        rename-column t clean repaired
        dedupe t
        undo
        dedupe t on id --keep last as latest
        log save replay.rap

        """
        let outcome = try run([], stdin: session, environment: epoch)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let repaired = "1 cell could not be read and is now missing: row 4 \"abc\""
        XCTAssertTrue(outcome.stdout.contains(repaired), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("row 3 \"later\""), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("undone: dedupe t"), outcome.stdout)
        let replayed = home.appendingPathComponent("ws2")
        let replay = try RapportProcess.run(["--workspace", replayed.path, "--script", "replay.rap"], home: home,
                                            environment: epoch, directory: home)
        XCTAssertEqual(replay.status, 0, replay.stderr)
        let original = try ScriptedModeTests.files(in: workspace), copy = try ScriptedModeTests.files(in: replayed)
        XCTAssertEqual(original.keys.sorted(), copy.keys.sorted())
        for (name, data) in original { XCTAssertEqual(copy[name], data, "\(name) differs after replay") }

        let shown = try run(["--json", "-c", "show t; show latest"])
        let lines = try shown.jsonLines()
        let t = try XCTUnwrap(lines[0]["result"] as? [String: Any])
        let columns = try XCTUnwrap(t["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["id", "raw", "when", "repaired"])
        XCTAssertEqual(columns.map { $0["type"] as? String }, ["integer", "decimal", "time", "decimal"])
        let rows = try XCTUnwrap(t["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 5, "the first dedupe was undone")
        // 3.3k = 3300, 1,2 Mio. = 1200000, 45 % = 0.45; 01.03.2025 14:05 UTC.
        XCTAssertEqual(rows.map { $0[1] as? Double }, [3300, 1_200_000, 0.45, nil, 3300])
        XCTAssertEqual(rows[0][2] as? String, "2025-03-01T14:05:00Z")
        let latest = try XCTUnwrap((lines[1]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(latest.map { $0[0] as? Int }, [2, 3, 4, 1], "of the two id 1 rows the last stays, in its place")
    }

    func testJSONAndGermanResults() throws {
        let outcome = try run(["--json", "-c", "import raw.csv as t; dedupe t; convert t raw to decimal"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = try outcome.jsonLines()
        let dedupe = try XCTUnwrap(lines[1]["result"] as? [String: Any])
        XCTAssertEqual(dedupe["removed"] as? Int, 1)
        XCTAssertEqual(dedupe["keep"] as? String, "first")
        XCTAssertEqual(dedupe["total_rows"] as? Int, 4)
        let convert = try XCTUnwrap(lines[2]["result"] as? [String: Any])
        XCTAssertEqual(convert["failed"] as? Int, 1)
        XCTAssertEqual((convert["failed_rows"] as? [[String: Any]])?.first?["row"] as? Int, 4)
        let german = try run(["--lang", "de", "-c", "convert t when to time --format \"%d.%m.%Y %H:%M\" --strict"])
        XCTAssertNotEqual(german.status, 0)
        XCTAssertTrue(german.stderr.contains("Zeile 3 von when enthält \"later\""), german.stderr)
        let strict = try run(["-c", "rename-column t raw id"])
        XCTAssertTrue(strict.stderr.contains("dataset 't' has a column 'id' already"), strict.stderr)
    }
}
