import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// SQLite exports read back by the sqlite3 command-line client.
final class SQLiteExporterTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The sqlite3 client's answer to a query, rows as lines and fields split at `|`.
    private func query(_ sql: String) throws -> [[String]] {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            XCTFail("the sqlite3 client is missing: apt-get install sqlite3 (make test installs it)")
            return []
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [directory + "/out.sqlite", sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func testTableHasProperColumnTypesAndValues() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/out.sqlite")
        XCTAssertEqual(try query("SELECT name, type FROM pragma_table_info('posts')"), [
            ["id", "INTEGER"], ["text", "TEXT"], ["rate", "REAL"], ["reach", "INTEGER"], ["paid", "BOOLEAN"],
            ["published", "TEXT"],
        ])
        // Row 1 by hand: storage classes and values, the time as ISO 8601 that SQLite's date functions read.
        XCTAssertEqual(try query("SELECT typeof(id), typeof(rate), typeof(reach), typeof(paid), id, rate, reach, paid, "
                                 + "strftime('%s', published) FROM posts WHERE id = 1"),
                       [["integer", "real", "integer", "integer", "1", "0.5", "100", "1", "1740837900"]])
        XCTAssertEqual(try query("SELECT typeof(rate), typeof(reach), typeof(text) FROM posts WHERE id IN (3, 2, 8) ORDER BY id"),
                       [["real", "null", "text"], ["null", "integer", "text"], ["real", "integer", "null"]])
        XCTAssertEqual(try query("SELECT count(*), sum(reach), sum(paid) FROM posts"),
                       // 100 - 3 + 1000000 + 0 + 42 + 7 + 8 + 9 = 1000163; paid is true in rows 1, 3, 5, 7, 9.
                       [["9", "1000163", "5"]])
        XCTAssertEqual(try query("SELECT text FROM posts WHERE id = 3"), [["=HYPERLINK(\"http://x.example\",\"click\")"]])
    }

    func testProvenanceAndColumnTables() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/out.sqlite")
        XCTAssertEqual(try query("SELECT value FROM rapport_provenance WHERE key IN ('rapport', 'dataset', 'posts.rows') ORDER BY key"),
                       [["posts"], ["9"], [RapportInfo.version]])
        XCTAssertEqual(try query("SELECT value FROM rapport_provenance WHERE key IN ('posts.command', 'posts.parameter.as', "
                                 + "'posts.file.bytes') ORDER BY key"),
                       [[ExportSample.command], ["1234"], ["posts"]])
        XCTAssertEqual(try query("SELECT name, type FROM rapport_columns WHERE dataset = 'posts' AND type IN ('time', 'boolean')"),
                       [["paid", "boolean"], ["published", "time"]])
    }

    func testEmptyTextStaysEmptyAndMissingTextIsNull() throws {
        let notes = Dataset(name: "notes", columns: [.text("note", ["", nil, "ä"])])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [notes])
        try harness.run("export notes \(directory)/out.sqlite")
        XCTAssertEqual(try query("SELECT typeof(note), length(note) FROM notes ORDER BY rowid"),
                       [["text", "0"], ["null", ""], ["text", "1"]])
    }

    func testSeveralDatasetsBecomeSeveralTables() throws {
        let accounts = Dataset(name: "accounts", columns: [.text("handle", ["@a", "@b"]), .integer("followers", [10, nil])])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [ExportSample.dataset, accounts])
        try harness.run("export posts,accounts \(directory)/out.sqlite")
        XCTAssertEqual(try query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                       [["accounts"], ["posts"], ["rapport_columns"], ["rapport_provenance"]])
        XCTAssertEqual(try query("SELECT handle, followers FROM accounts ORDER BY handle"), [["@a", "10"], ["@b", ""]])
    }
}
