import RapportCore
import XCTest

/// An in-memory workspace and a registry of commands, running command lines as the shell would: for module tests.
public final class CommandHarness {
    /// The workspace the commands change.
    public let workspace: Workspace
    private let registry: Registry
    private let context: CommandContext

    /// A harness with the given commands and datasets stored up front; `input` feeds commands that read lines, and
    /// `tableReader` reads table files for commands of other modules than import's.
    public init(commands: [Command], datasets: [Dataset] = [], language: Language = .en, input: LineReader? = nil,
                tableReader: TableReader? = nil) throws {
        registry = Registry(commands)
        registry.tableReader = tableReader
        workspace = try Workspace(store: MemoryStore())
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        context = CommandContext(workspace: workspace, registry: registry, host: nil, input: input, console: console,
                                 language: language)
        try workspace.perform(command: "setup", logged: false) {
            for dataset in datasets { try workspace.put(dataset) }
        }
    }

    /// Parses and runs a command line as one unit of work.
    @discardableResult
    public func run(_ line: String) throws -> CommandResult {
        let (command, invocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: registry)
        let spec = invocation.subcommand.flatMap(command.spec.subcommand(named:)) ?? command.spec
        let origin = DatasetOrigin(command: line, invocation: invocation, spec: spec)
        return try workspace.perform(command: line, logged: false, origin: origin) {
            try command.run(invocation, in: context)
        }
    }

    /// The error a command line raises, or nil.
    public func error(_ line: String) -> RapportError? {
        do {
            try run(line)
            return nil
        } catch {
            return error as? RapportError
        }
    }

    /// A column's cells in a stored dataset.
    public func cells(_ dataset: String, _ column: String) throws -> [Cell] {
        let data = try XCTUnwrap(try workspace.dataset(named: dataset).column(named: column)).data
        return (0..<data.count).map { data[$0] }
    }

    /// A column's numbers in a stored dataset, nil where missing.
    public func numbers(_ dataset: String, _ column: String) throws -> [Double?] {
        try cells(dataset, column).map(\.number)
    }

    /// The table a result shows first.
    public static func table(_ result: CommandResult) throws -> Dataset {
        for block in result.blocks { if case .table(let dataset, _) = block { return dataset } }
        throw NoTable()
    }

    /// Thrown when a result that should show a table does not.
    public struct NoTable: Error {}
}
