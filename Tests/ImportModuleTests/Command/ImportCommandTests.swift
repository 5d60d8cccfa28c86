import RapportTestSupport
import XCTest
import RapportCore
@testable import ImportModule

/// The `import` command against an in-memory workspace.
final class ImportCommandTests: XCTestCase {
    private func run(_ path: String, as name: String? = nil, replace: Bool = false,
                     in workspace: Workspace) throws -> CommandResult {
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        let context = CommandContext(workspace: workspace, registry: Registry(ImportModule.commands), host: nil,
                                     input: nil, console: console, language: .en)
        let line = "import '\(path)'" + (name.map { " as \($0)" } ?? "") + (replace ? " --replace" : "")
        let (command, invocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line),
                                                                  registry: context.registry)
        return try workspace.perform(command: invocation.text, logged: true) { try command.run(invocation, in: context) }
    }

    func testImportsUnderTheFileNameAndReports() throws {
        let workspace = try Workspace(store: MemoryStore())
        let result = try run(SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"), in: workspace)
        XCTAssertEqual(result.json["message"]?.stringValue?.split(separator: "\n").first,
                       "imported 500 rows × 19 columns from dataset_Facebook.csv as dataset_facebook")
        XCTAssertEqual(result.json["rows"]?.doubleValue, 500)
        XCTAssertEqual(result.json["preset"]?.stringValue, "facebook-insights")
        let dataset = try workspace.dataset(named: "dataset_facebook")
        XCTAssertEqual(dataset.rowCount, 500)
        XCTAssertEqual(dataset.kind, .posts)
        // By hand from the legacy Page Insights header: like/comment/share are the interactions, page likes the followers.
        XCTAssertEqual(dataset.column(role: .likes)?.name, "like")
        XCTAssertEqual(dataset.column(role: .comments)?.name, "comment")
        XCTAssertEqual(dataset.column(role: .shares)?.name, "share")
        XCTAssertEqual(dataset.column(role: .followers)?.name, "Page total likes")
        XCTAssertEqual(dataset.column(role: .reach)?.name, "Lifetime Post Total Reach")
        // The file as `sha256sum` and `stat` give it, and the preset that mapped it.
        XCTAssertEqual(workspace.entry(named: "dataset_facebook")?.origin?.files, [
            SourceFile(path: SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"), bytes: 37_390,
                       sha256: "b347feb4b8402961d75a4bc2eeaf249a94eadc2ec5b46d6bf7d1dc569bfaf7b3", preset: "facebook-insights"),
        ])
        XCTAssertThrowsError(try run(SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"), in: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.datasetExists("dataset_facebook"))
        }
        XCTAssertNoThrow(try run(SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"), replace: true, in: workspace))
    }

    func testAsNameAndRenamedHeadersWarn() throws {
        let path = NSTemporaryDirectory() + "import-test-\(getpid()).csv"
        try Data("a,a,\n1,2,3\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workspace = try Workspace(store: MemoryStore())
        let result = try run(path, as: "posts", in: workspace)
        XCTAssertEqual(try workspace.dataset(named: "posts").columnNames, ["a", "a_2", "column_3"])
        guard case .warning(let message) = result.blocks.first else { return XCTFail("no warning") }
        XCTAssertTrue(message.en.contains("a_2"))
    }

    func testDefaultNames() {
        XCTAssertEqual(DatasetName.from("Live Sellers-2024"), "live_sellers_2024")
        XCTAssertEqual(ImportCommand.delimiter("tab"), UInt8(ascii: "\t"))
        XCTAssertNil(ImportCommand.delimiter(";;"))
    }
}
