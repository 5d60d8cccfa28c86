import XCTest
import RapportCore
@testable import ImportModule

/// Runs `import` command lines, parsed by the real parser, against a workspace; files go to a private folder.
final class ImportHarness {
    /// The private folder, ending in a slash.
    let folder: String

    /// A harness with a fresh temporary folder.
    init() throws {
        folder = NSTemporaryDirectory() + "import-harness-\(getpid())-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Removes the folder.
    func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Writes `text` to a file of the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs one `import` line inside `Workspace.perform`, as the shell does.
    func run(_ line: String, in workspace: Workspace) throws -> CommandResult {
        let registry = Registry(ImportModule.commands)
        let invocation = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: registry).invocation
        let console = Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
        let context = CommandContext(workspace: workspace, registry: registry, host: nil, input: nil, console: console, language: .en)
        let command = try XCTUnwrap(ImportModule.commands.first { $0.spec.name == "import" })
        let origin = DatasetOrigin(command: line, invocation: invocation, spec: command.spec)
        return try workspace.perform(command: line, logged: true, origin: origin) { try command.run(invocation, in: context) }
    }

    /// The message of the error a line stops with, nil when it runs.
    func error(_ line: String, in workspace: Workspace) -> Message? {
        do {
            _ = try run(line, in: workspace)
            return nil
        } catch {
            return (error as? RapportError)?.message
        }
    }
}
