import Foundation
import RapportCore

/// Opens the workspace and runs a session in the mode the flags and the terminal call for.
public struct Launcher {
    /// What the process flags decided.
    public let options: SessionOptions
    /// Where output goes.
    public let console: Console
    /// The workspace directory.
    public let directory: String
    /// The built-in (and later plugin) commands.
    public let registry: Registry
    /// Variables from `--define`.
    public let variables: [String: String]
    /// A script file to run, from `--script`.
    public let script: String?
    /// Commands to run, from `-c`.
    public let commands: String?
    /// The init file to run before the first prompt, if any.
    public let initFile: String?

    /// A launcher from the process's decisions.
    public init(options: SessionOptions, console: Console, directory: String, registry: Registry,
                variables: [String: String], script: String?, commands: String?, initFile: String?) {
        self.options = options
        self.console = console
        self.directory = directory
        self.registry = registry
        self.variables = variables
        self.script = script
        self.commands = commands
        self.initFile = initFile
    }

    /// Runs rapport and returns the exit status.
    public func run() -> Int32 {
        ProcessSignals.install()
        let session: Session
        do {
            let workspace = try Launcher.openWorkspace(at: directory, create: true)
            session = Session(workspace: workspace, registry: registry, console: console,
                              options: options, openWorkspace: Launcher.openWorkspace)
        } catch {
            printFailure(error)
            return ScriptRunner.failure
        }
        session.variables = variables
        ProcessSignals.useLanguage(session.language)
        if session.workspace.isReadOnly {
            console.error(Words.openedReadOnly(directory).text(session.language) + "\n")
        }
        if let notice = session.workspace.store.notice {
            console.error(TerminalText.visibleKeepingLines(notice.text(session.language)) + "\n")
        }
        defer { try? session.workspace.close() }
        if let commands {
            let reader = ArrayLineReader(commands.components(separatedBy: "\n"), sourceName: "-c")
            return ScriptRunner(session: session, reader: reader).run()
        }
        if let script {
            do {
                return ScriptRunner(session: session, reader: try PlainLineReader(path: script)).run()
            } catch {
                printFailure(error)
                return 2
            }
        }
        if isatty(STDIN_FILENO) != 1 {
            return ScriptRunner(session: session, reader: PlainLineReader()).run()
        }
        return runInteractive(session)
    }

    /// The interactive session: banner, init file, then the prompt loop with line editing and history.
    private func runInteractive(_ session: Session) -> Int32 {
        let completer = SpecCompleter(
            commands: { [registry] in registry.commands.map(\.spec) },
            datasets: { session.workspace.entries.map(\.name) },
            columns: { name in session.workspace.entry(named: name)?.columns.map(\.name) ?? [] },
            settings: { SettingSpec.all.map(\.name) })
        let reader = EditLineReader(historyPath: EditLineReader.defaultHistoryPath(), completer: completer)
        console.error(Words.banner(version: RapportInfo.version, workspace: directory).text(session.language) + "\n")
        if let initFile, FileManager.default.fileExists(atPath: initFile), let initReader = try? PlainLineReader(path: initFile) {
            _ = ScriptRunner(session: session, reader: initReader, nested: true).run()
        }
        // Each line is written to the history file before it runs, so a shell that dies keeps what was typed; a
        // history that cannot be written is said once.
        var historyFailed = false
        let remember = { (line: String) in
            reader.addToHistory(line)
            do {
                try reader.save()
            } catch {
                if !historyFailed { session.report(error, command: nil, source: nil, line: nil, interactive: true) }
                historyFailed = true
            }
        }
        return InteractiveLoop(session: session, reader: reader, remember: remember).run()
    }

    /// Opens (or creates) the workspace in a directory.
    public static func openWorkspace(at path: String, create: Bool) throws -> Workspace {
        try Workspace(store: DirectoryStore(directory: path, createIfMissing: create))
    }

    private func printFailure(_ error: Error) {
        let language = options.language ?? options.environmentLanguage
        let message = (error as? RapportError)?.message.text(language) ?? String(describing: error)
        console.error(Words.error.text(language) + ": " + TerminalText.visibleKeepingLines(message) + "\n")
    }
}

/// Messages of the interactive start.
extension Words {
    /// The banner an interactive session starts with.
    public static func banner(version: String, workspace: String) -> Message {
        Message(en: "rapport \(version) — workspace \(workspace)\nhelp lists the commands; Ctrl-D or quit leaves.",
                de: "rapport \(version) — Arbeitsbereich \(workspace)\nhelp listet die Befehle; Strg-D oder quit beendet.")
    }
}
