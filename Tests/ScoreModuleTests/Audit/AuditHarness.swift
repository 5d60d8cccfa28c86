import Foundation
import XCTest
import ImportModule
@testable import RapportCore
@testable import ScoreModule

/// An in-memory workspace running import and score commands from command lines, as the shell would.
final class AuditHarness {
    let workspace: Workspace
    private let registry: Registry
    private let context: CommandContext

    /// An empty workspace with the import and score modules.
    init() throws {
        registry = Registry(ImportModule.commands + ScoreModule.commands)
        workspace = try Workspace(store: MemoryStore())
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        context = CommandContext(workspace: workspace, registry: registry, host: nil, input: nil, console: console,
                                 language: .en)
    }

    /// Stores a hand-made dataset.
    func put(_ dataset: Dataset) throws {
        try workspace.perform(command: "setup", logged: false) { try workspace.put(dataset) }
    }

    /// Parses and runs a command line as one unit of work.
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

    /// The `value` of a measure in an audit's summary dataset.
    func measure(_ summary: String, _ name: String) throws -> Double? {
        let dataset = try workspace.dataset(named: summary)
        let measures = try XCTUnwrap(dataset.column(named: "measure")).data
        let values = try XCTUnwrap(dataset.column(named: "value")).data
        let row = try XCTUnwrap((0..<dataset.rowCount).first { measures[$0] == .text(name) }, "no measure \(name)")
        return values[row].number
    }

    /// The shared datasets folder beside the repository: `../shared/datasets`.
    static func sharedDataset(_ relative: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/datasets").appendingPathComponent(relative).path
    }

    /// A JSON fixture of this test target, parsed.
    static func fixture(_ name: String) throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }
}
