import XCTest
@testable import ExploreModule
@testable import RapportCore

/// An in-memory workspace with two small hand-made datasets, running explore commands from command lines.
final class ExploreHarness {
    let workspace: Workspace
    private let registry: Registry
    private let context: CommandContext

    /// Five posts by three accounts; some values are missing.
    static let posts = Dataset(name: "posts", columns: [
        Column.integer("id", [1, 2, 3, 4, 5]),
        Column.text("account", ["anna", "brand", "anna", "brand", nil]),
        Column.text("platform", ["fb", "ig", "fb", "fb", nil]),
        Column.integer("likes", [10, 30, nil, 30, 5], role: "likes"),
    ], kind: "posts")

    /// Three accounts; `platform` clashes with a column of posts.
    static let accounts = Dataset(name: "accounts", columns: [
        Column.text("handle", ["anna", "brand", "carl"]),
        Column.integer("followers", [1000, 50000, 10], role: "followers"),
        Column.text("voice", ["person", "institution", "person"], role: "voice"),
        Column.text("platform", ["fb", "ig", "fb"]),
    ], kind: "accounts")

    /// The workspace with `posts` and `accounts`, and a registry of the given commands.
    init(commands: [Command] = ExploreModule.commands) throws {
        registry = Registry(commands)
        workspace = try Workspace(store: MemoryStore())
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        context = CommandContext(workspace: workspace, registry: registry, host: nil, input: nil, console: console,
                                 language: .en)
        try workspace.perform(command: "setup", logged: false) {
            try workspace.put(ExploreHarness.posts)
            try workspace.put(ExploreHarness.accounts)
        }
    }

    /// Parses and runs a command line as the shell would, as one unit of work.
    @discardableResult
    func run(_ line: String) throws -> CommandResult {
        let (command, invocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: registry)
        return try workspace.perform(command: line, logged: false) { try command.run(invocation, in: context) }
    }

    /// The error a command line raises, or nil.
    func error(_ line: String) -> RapportError? {
        do {
            try run(line)
            return nil
        } catch {
            return error as? RapportError
        }
    }

    /// A column's cells in a stored dataset.
    func cells(_ dataset: String, _ column: String) throws -> [Cell] {
        let data = try XCTUnwrap(try workspace.dataset(named: dataset).column(named: column)).data
        return (0..<data.count).map { data[$0] }
    }

    /// The ids of a stored dataset of posts, in order.
    func ids(_ dataset: String) throws -> [Int64?] {
        try cells(dataset, "id").map { if case .integer(let id) = $0 { return id }; return nil }
    }

    /// The table a result shows first.
    static func table(_ result: CommandResult) throws -> Dataset {
        guard case .table(let dataset, _) = try XCTUnwrap(result.blocks.first) else { throw NoTable() }
        return dataset
    }

    /// Thrown when a result that should show a table does not.
    struct NoTable: Error {}
}
