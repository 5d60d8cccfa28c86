import XCTest
import RapportCore
@testable import ImportModule

/// `import` with `--encoding` and `--skip-bad-rows`, the `timezone` setting, and what it reports about
/// how the file was read; expected lines and numbers worked out by hand from each test's file.
final class ImportReadingFlagsTests: XCTestCase {
    private var paths: [String] = []

    override func tearDown() {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }

    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "reading-\(getpid())-\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        paths.append(path)
        return path
    }

    private func run(_ path: String, values: [String: String] = [:], switches: Set<String> = [],
                     in workspace: Workspace) throws -> CommandResult {
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        let context = CommandContext(workspace: workspace, registry: Registry(ImportModule.commands), host: nil,
                                     input: nil, console: console, language: .en)
        var line = "import '\(path)' as t"
        for (flag, value) in values.sorted(by: { $0.key < $1.key }) { line += " --\(flag) '\(value)'" }
        for flag in switches.sorted() { line += " --\(flag)" }
        let (command, invocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line),
                                                                  registry: context.registry)
        return try workspace.perform(command: invocation.text, logged: true) { try command.run(invocation, in: context) }
    }

    private func lines(_ result: CommandResult) -> [String] {
        (result.json["message"]?.stringValue ?? "").split(separator: "\n").map(String.init)
    }

    func testSkipBadRowsReportsCountAndLinesInTextAndJSON() throws {
        let path = try file(Array("a,b\n1,2\n3\n4,5\n6,7,8\n".utf8), "ragged.csv")
        let workspace = try Workspace(store: MemoryStore())
        XCTAssertThrowsError(try run(path, in: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.position?.line, 3)
        }
        XCTAssertFalse(workspace.contains("t"))
        let result = try run(path, switches: ["skip-bad-rows"], in: workspace)
        XCTAssertEqual(try workspace.dataset(named: "t").rowCount, 2)
        XCTAssertTrue(lines(result).contains("skipped 2 malformed rows, on lines 3, 5"))
        XCTAssertEqual(result.json["skipped_rows"], .integer(2))
        XCTAssertEqual(result.json["skipped_lines"], .array([.integer(3), .integer(5)]))
    }

    func testEncodingFlagAndReport() throws {
        let latin = try file([0x53, 0x74, 0x61, 0x64, 0x74, 0x0A, 0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x0A], "latin.csv")
        let workspace = try Workspace(store: MemoryStore())
        let detected = try run(latin, in: workspace)
        XCTAssertTrue(lines(detected).contains("read as windows-1252"))
        XCTAssertEqual(detected.json["encoding"], .string("windows-1252"))
        XCTAssertEqual(try workspace.dataset(named: "t").columns[0].data[0], .text("München"))
        XCTAssertThrowsError(try run(latin, values: ["encoding": "utf-8"], switches: ["replace"], in: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.csvNotUTF8)
            XCTAssertEqual(($0 as? RapportError)?.position?.line, 2)
        }
        XCTAssertThrowsError(try run(latin, values: ["encoding": "latin-9"], switches: ["replace"], in: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.message.en, "'latin-9' is not one of: utf-8, utf-16, windows-1252")
        }
        let plain = try run(try file(Array("a\n1\n".utf8), "plain.csv"), switches: ["replace"], in: workspace)
        XCTAssertFalse(lines(plain).contains { $0.hasPrefix("read as") })
        XCTAssertEqual(plain.json["encoding"], .string("utf-8"))
    }

    func testTimesFollowTheTimezoneSetting() throws {
        let path = try file(Array("id,published\n1,2025-07-01 00:00\n".utf8), "times.csv")
        let workspace = try Workspace(store: MemoryStore())
        try workspace.setSetting("timezone", to: "Europe/Berlin")
        _ = try run(path, in: workspace)
        // Python: int(datetime(2025,7,1, tzinfo=ZoneInfo('Europe/Berlin')).timestamp()) == 1751320800
        XCTAssertEqual(try workspace.dataset(named: "t").columns[1].data[0], .time(1_751_320_800))
    }

    func testPercentagesAndDescriptionLineAreMentioned() throws {
        let text = "Day;Rate;Reach\n\"The day\";\"Share of engaged people\";\"People reached\"\n1;3,5 %;1.200\n2;4 %;900\n"
        let result = try run(try file(Array(text.utf8), "insights.csv"), in: try Workspace(store: MemoryStore()))
        XCTAssertTrue(lines(result).contains("percentages stored as fractions (3.5% → 0.035) in: Rate"))
        XCTAssertTrue(lines(result).contains(Words.descriptionLineSkipped.en))
        XCTAssertEqual(result.json["rows"], .integer(2))
        XCTAssertEqual(result.json["percent_columns"], .array([.string("Rate")]))
        XCTAssertEqual(result.json["description_line_skipped"], .bool(true))
    }
}
