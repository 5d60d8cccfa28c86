import Foundation
import XCTest

/// The output modes of a piped script, read back by Python's csv and json modules and a Markdown table reader
/// (Fixtures/read_output.py); the expected values are the literal cells of the file written below.
final class OutputModesTests: XCTestCase {
    private var home: URL!

    /// Texts with the delimiter, quotes, a line break, a tab, a pipe, non-ASCII and a formula, written by hand.
    static let awkwardCSV = """
    id,text,likes,share,published
    1,"comma, ""quoted""
    second line",10,3.5%,2025-03-01T14:05:00Z
    2,Zoë | ä ö ü ß 日本,,0.5%,2025-07-01T10:00:00Z
    3,=1+1,7,,
    4,"plain\ttab",5,12%,2025-01-01T00:00:00Z

    """

    /// The text column as imported.
    static let texts = ["comma, \"quoted\"\nsecond line", "Zoë | ä ö ü ß 日本", "=1+1", "plain\ttab"]

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try Self.awkwardCSV.write(to: home.appendingPathComponent("awkward.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + arguments, home: home,
                               directory: home)
    }

    /// What read_output.py makes of a mode's stdout.
    static func read(_ mode: String, _ text: String, in folder: URL) throws -> [String: Any] {
        let file = folder.appendingPathComponent("stdout-\(UUID().uuidString).\(mode)")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/read_output.py")
        process.arguments = ["python3", script.path, mode, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "read_output.py could not read the \(mode) output:\n\(text)")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The tables read_output.py found.
    static func tables(_ mode: String, _ text: String,
                       in folder: URL) throws -> [(header: [String], rows: [[String]])] {
        let tables = try XCTUnwrap(try read(mode, text, in: folder)["tables"] as? [[String: Any]])
        return try tables.map { table in
            (try XCTUnwrap(table["header"] as? [String]), try XCTUnwrap(table["rows"] as? [[String]]))
        }
    }

    func testCSVAndTSVAreRFC4180WithUnroundedNumbersAndNothingElseOnStdout() throws {
        for mode in ["csv", "tsv"] {
            let outcome = try run(["--output", mode, "-c", "import awkward.csv as posts --replace; show posts"])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            let tables = try Self.tables(mode, outcome.stdout, in: home)
            guard tables.count == 1, tables[0].rows.count == 4 else {
                return XCTFail("one table of 4 rows, import says its sentence on stderr: \(outcome.stdout)")
            }
            XCTAssertEqual(tables[0].header, ["id", "text", "likes", "share", "published"])
            let rows = tables[0].rows
            XCTAssertEqual(rows.map { $0[0] }, ["1", "2", "3", "4"])
            // The formula gets the apostrophe every CSV rapport writes gives it; the other texts come back exactly.
            XCTAssertEqual(rows.map { $0[1] }, [Self.texts[0], Self.texts[1], "'=1+1", Self.texts[3]])
            XCTAssertEqual(rows.map { $0[2] }, ["10", "", "7", "5"], "missing is empty")
            let shares = rows.map { Double($0[3]) }
            // 3.5 % is the fraction 0.035, unrounded.
            for (share, expected) in zip(shares, [0.035, 0.005, nil, 0.12]) {
                XCTAssertEqual(share == nil, expected == nil)
                if let share, let expected { XCTAssertEqual(share, expected, accuracy: 1e-15) }
            }
            XCTAssertEqual(rows.map { $0[4] },
                           ["2025-03-01T14:05:00Z", "2025-07-01T10:00:00Z", "", "2025-01-01T00:00:00Z"])
            XCTAssertTrue(outcome.stderr.contains("imported 4 rows"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("rows 1–4 of 4"), "show's footer is a sentence: \(outcome.stderr)")
            XCTAssertTrue(outcome.stdout.hasSuffix("\r\n"))
        }
    }

    func testTheTablesOfOneCommandAreSeparatedByOneEmptyLine() throws {
        let outcome = try run(["--output", "csv", "-c",
                               "simulate posts 300 --seed 3; compare posts engagement-rate by voice"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout.components(separatedBy: "\r\n\r\n").count, 2, outcome.stdout)
        let tables = try Self.tables("csv", outcome.stdout, in: home)
        guard tables.count == 2 else { return XCTFail("the groups and the pairs: \(outcome.stdout)") }
        XCTAssertEqual(tables[0].rows.map { $0[0] }.sorted(), ["institution", "person"])
        XCTAssertEqual(tables[1].rows.count, 1, "one pair")
        XCTAssertTrue(outcome.stderr.contains("posts earned"), "the sentence goes to stderr: \(outcome.stderr)")
        XCTAssertFalse(outcome.stdout.contains("posts earned"))
    }

    func testJSONKeepsItsContract() throws {
        let outcome = try run(["-c", "set output json; import awkward.csv as posts; show posts"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let documents = try XCTUnwrap(try Self.read("json", outcome.stdout, in: home)["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.count, 3, "set output json, import and show")
        let result = try XCTUnwrap(documents.last?["result"] as? [String: Any])
        let rows = try XCTUnwrap(result["rows"] as? [[Any]])
        guard rows.count == 4, rows.allSatisfy({ $0.count == 5 }) else {
            return XCTFail("4 rows of 5: \(outcome.stdout)")
        }
        XCTAssertEqual(rows.map { $0[1] as? String }, Self.texts, "JSON keeps every text exactly")
        XCTAssertTrue(rows[1][2] is NSNull)
        XCTAssertEqual(rows[0][3] as? Double ?? 0, 0.035, accuracy: 1e-15)
        XCTAssertEqual(result["total_rows"] as? Int, 4)
    }

    func testMarkdownPrintsGitHubTablesWithValuesAsTheShellShowsThem() throws {
        let outcome = try run(["-c", "set output markdown; import awkward.csv as posts; show posts"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let document = try Self.read("md", outcome.stdout, in: home)
        let table = try XCTUnwrap((document["tables"] as? [[String: Any]])?.first)
        XCTAssertEqual(table["alignment"] as? [String], ["---:", "---", "---:", "---:", "---"], "numbers right-aligned")
        let rows = try XCTUnwrap(table["rows"] as? [[String]])
        guard rows.count == 4, rows.allSatisfy({ $0.count == 5 }) else {
            return XCTFail("4 rows of 5: \(outcome.stdout)")
        }
        // Line breaks and tabs become blanks inside a cell; the pipe is escaped and reads back.
        XCTAssertEqual(rows.map { $0[1] },
                       ["comma, \"quoted\" second line", "Zoë | ä ö ü ß 日本", "=1+1", "plain tab"])
        XCTAssertEqual(rows.map { $0[3] }, ["0.035", "0.005", "", "0.12"])
        XCTAssertEqual(rows.map { $0[4] }, ["2025-03-01 14:05", "2025-07-01 10:00", "", "2025-01-01 00:00"])
        XCTAssertTrue(outcome.stderr.contains("output is now markdown"), outcome.stderr)
    }

    func testAPipedShowPrintsEveryColumnAndCellWhole() throws {
        let outcome = try run(["-c", "simulate posts 30; show posts --limit 3"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(lines.first { $0.hasPrefix("post_id") }, outcome.stdout)
        XCTAssertTrue(header.hasSuffix("spend"), "the last column is there: \(header)")
        for id in ["p0000001", "p0000002", "p0000003"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(id + " ") }, "the id \(id) whole: \(outcome.stdout)")
        }
        XCTAssertFalse(outcome.stdout.contains("…"))
        XCTAssertTrue(outcome.stderr.contains("show left out 27 of 30 rows"), outcome.stderr)
        let all = try run(["-c", "show posts --limit 30"])
        XCTAssertFalse(all.stderr.contains("left out"), "nothing left out, nothing said: \(all.stderr)")
    }

    func testACommandsOutputFlagWinsForThatCommandOnly() throws {
        let outcome = try run(["-c",
                               "import awkward.csv as posts; show posts --columns id,likes --output csv; datasets"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("\nid,likes\r\n1,10\r\n2,\r\n3,7\r\n4,5\r\n"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("name"), "datasets prints its table for people again: \(outcome.stdout)")
        let refused = try run(["--json", "--output", "csv", "-c", "datasets"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--json means --output json"), refused.stderr)
    }
}
