import XCTest
@testable import ExploreModule
@testable import RapportCore
import RapportTestSupport

/// An in-memory workspace with two small hand-made datasets, running explore commands from command lines.
final class ExploreHarness {
    private let harness: CommandHarness
    /// The harness's workspace.
    var workspace: Workspace { harness.workspace }

    /// Five posts by three accounts; some values are missing.
    static let posts = Dataset(name: "posts", columns: [
        Column.integer("id", [1, 2, 3, 4, 5]),
        Column.text("account", ["anna", "brand", "anna", "brand", nil]),
        Column.text("platform", ["fb", "ig", "fb", "fb", nil]),
        Column.integer("likes", [10, 30, nil, 30, 5], role: .likes),
    ], kind: .posts)

    /// Three accounts; `platform` clashes with a column of posts.
    static let accounts = Dataset(name: "accounts", columns: [
        Column.text("handle", ["anna", "brand", "carl"]),
        Column.integer("followers", [1000, 50000, 10], role: .followers),
        Column.text("voice", ["person", "institution", "person"], role: .voice),
        Column.text("platform", ["fb", "ig", "fb"]),
    ], kind: .accounts)

    /// The workspace with `posts` and `accounts`, and a registry of the given commands.
    init(commands: [Command] = ExploreModule.commands) throws {
        harness = try CommandHarness(commands: commands, datasets: [ExploreHarness.posts, ExploreHarness.accounts])
    }

    /// Parses and runs a command line as the shell would, as one unit of work.
    @discardableResult
    func run(_ line: String) throws -> CommandResult { try harness.run(line) }

    /// The error a command line raises, or nil.
    func error(_ line: String) -> RapportError? { harness.error(line) }

    /// A column's cells in a stored dataset.
    func cells(_ dataset: String, _ column: String) throws -> [Cell] { try harness.cells(dataset, column) }

    /// The ids of a stored dataset of posts, in order.
    func ids(_ dataset: String) throws -> [Int64?] {
        try cells(dataset, "id").map { if case .integer(let id) = $0 { return id }; return nil }
    }

    /// The table a result shows first.
    static func table(_ result: CommandResult) throws -> Dataset { try CommandHarness.table(result) }
}
