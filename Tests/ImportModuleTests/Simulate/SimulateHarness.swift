import XCTest
import RapportCore
@testable import ImportModule

/// An in-memory workspace that runs `simulate` command lines as the shell would, with helpers to read columns.
final class SimulateHarness {
    let workspace: Workspace
    private let registry = Registry(ImportModule.commands)
    private let context: CommandContext

    /// An empty workspace.
    init() throws {
        workspace = try Workspace(store: MemoryStore())
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        context = CommandContext(workspace: workspace, registry: registry, host: nil, input: nil, console: console,
                                 language: .en)
    }

    /// Parses and runs a command line as one unit of work.
    @discardableResult
    func run(_ line: String) throws -> CommandResult {
        let (command, invocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: registry)
        return try workspace.perform(command: line, logged: false) { try command.run(invocation, in: context) }
    }

    /// A stored dataset.
    func dataset(_ name: String) throws -> Dataset {
        try workspace.dataset(named: name)
    }

    /// The cells of a column.
    func cells(_ dataset: String, _ column: String) throws -> [Cell] {
        let data = try XCTUnwrap(try self.dataset(dataset).column(named: column)).data
        return (0..<data.count).map { data[$0] }
    }

    /// The values of an integer or time column (missing as nil).
    func integers(_ dataset: String, _ column: String) throws -> [Int64?] {
        try cells(dataset, column).map {
            switch $0 {
            case .integer(let value), .time(let value): return value
            default: return nil
            }
        }
    }

    /// The values of a text column (missing as nil).
    func texts(_ dataset: String, _ column: String) throws -> [String?] {
        try cells(dataset, column).map { if case .text(let value) = $0 { return value }; return nil }
    }

    /// The median of numbers by sorting: the middle value, or the mean of the two middle values.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
