import Foundation
import RapportCore

/// One run of rapport: a workspace, the registry, the console, and what the process flags decided.
public final class Session: ShellHost {
    /// The workspace commands work on.
    public private(set) var workspace: Workspace
    /// The commands.
    public let registry: Registry
    /// Where output goes.
    public let console: Console
    /// What the process flags decided.
    public var options: SessionOptions
    /// Script variables from `--define` and `set var`.
    public var variables: [String: String] = [:]
    /// Whether `quit` was asked for.
    public private(set) var quitRequested = false
    /// Opens workspace directories for `workspace open|new|save-as`.
    public let openWorkspace: (String, Bool) throws -> Workspace
    private var sourceDepth = 0

    /// A session over a workspace.
    public init(workspace: Workspace, registry: Registry, console: Console, options: SessionOptions,
                openWorkspace: @escaping (String, Bool) throws -> Workspace) {
        self.workspace = workspace
        self.registry = registry
        self.console = console
        self.options = options
        self.openWorkspace = openWorkspace
        applyPresentation()
    }

    /// The language in force: `--lang`, else the workspace's `lang` setting, else the environment's.
    public var language: Language {
        if let language = options.language { return language }
        if let stored = workspace.manifest.settings["lang"], let language = Language(rawValue: stored) { return language }
        return options.environmentLanguage
    }

    /// How results print: `--output` (or `--json`), else the `output` setting.
    public var outputMode: OutputMode { options.output ?? workspace.settings.outputMode }

    /// How far the running command has come, drawn on stderr by `ticker` when stderr is a terminal.
    let progress = ProgressMeter()
    /// The progress line of the outermost command running now, if stderr is a terminal.
    private var ticker: ProgressTicker?

    /// Makes the console's colour follow `--color`, else the `color` setting, and its width the `width` setting.
    func applyPresentation() {
        console.applyColorMode(options.colorMode ?? workspace.settings["color"])
        console.width = workspace.settings.tableWidth ?? Console.terminalWidth()
        ProcessSignals.useLanguage(language)
    }

    /// The printer for results in the current language and mode; `mode` (a command's `--output`) wins over the
    /// session's. Tables fit the `width` setting, else the terminal; into a file or a program they are printed whole.
    func printer(interactive: Bool, mode: OutputMode? = nil) -> ResultPrinter {
        let mode = mode ?? outputMode
        let width = workspace.settings.tableWidth ?? (console.isTerminal ? console.width : nil)
        return ResultPrinter(console: console, formatter: CellFormatter(language: language, timeZone: workspace.settings.timeZone),
                             language: language, mode: mode, width: width,
                             mayPage: interactive && console.isTerminal && mode == .table, big: workspace.settings.isBig)
    }

    /// Runs a command's work with its progress drawn on stderr: the outermost command starts the line (when stderr is
    /// a terminal), and every command's task ends, and the line is cleared, before its result is printed.
    private func watchingProgress<T>(_ work: () throws -> T) rethrows -> T {
        let outermost = ticker == nil
        if outermost { ticker = ProgressTicker.start(progress, language: language) }
        defer {
            progress.finish()
            ticker?.clear()
            if outermost {
                ticker?.stop()
                ticker = nil
            }
        }
        return try work()
    }

    /// Waits until every save is on disk, with a progress line while a large one is written.
    func waitForPendingSaves() throws {
        try watchingProgress { try workspace.waitForPendingSaves(progress: progress) }
    }

    /// Runs every statement of a line, printing results; throws the first failure (already rolled back). With
    /// `goingOn` (`--keep-going`), a failing statement is handed to it and the rest of the line still runs.
    public func execute(_ line: String, input: LineReader?, interactive: Bool, goingOn: ((Error) -> Void)? = nil) throws {
        currentStatement = nil
        for raw in Lexer.statements(line) {
            do {
                // Each statement's variables are filled in when it runs, so `set var N 1; show posts --limit $N` works.
                currentStatement = raw
                let text = try VariableExpander.expand(raw, variables: variables)
                let tokens = try Lexer.words(text)
                if tokens.isEmpty { continue }
                try execute(statement: text, typed: raw, tokens: tokens, input: input, interactive: interactive)
            } catch let error as RapportError where error.isInterruption {
                throw error
            } catch {
                guard let goingOn else { throw error }
                goingOn(error)
            }
            if quitRequested || console.isOutputClosed { return }
        }
    }

    /// Runs one statement, `typed` before its variables were filled in.
    private func execute(statement: String, typed: String, tokens: [Token], input: LineReader?, interactive: Bool) throws {
        isInteractive = interactive
        let text = statement.trimmingCharacters(in: .whitespaces)
        currentStatement = text
        let (command, invocation, wantsHelp) = try InvocationParser.parse(statement, tokens: tokens, registry: registry)
        if workspace.settings.echoes && !interactive {
            let echo = console.dim("rapport> ") + TerminalText.visible(text) + "\n"
            if (invocation.output ?? outputMode).printsOnlyTables { console.error(echo) } else { console.out(echo) }
        }
        if wantsHelp {
            printer(interactive: interactive).printResult(HelpText.result(for: command.spec, registry: registry, language: language),
                                                          command: text)
            return
        }
        let spec = invocation.subcommand.flatMap(command.spec.subcommand(named:)) ?? command.spec
        #if DEBUG
        DebugCrashHook.trapIfAsked(command: command.spec.name)
        #endif
        let recorder = input.map(RecordingLineReader.init)
        let context = CommandContext(workspace: workspace, registry: registry, host: self, input: recorder,
                                     console: console, language: language, progress: progress)
        interruptFlag.clear()
        defer { interruptFlag.clear() }
        if spec.runsCommands {
            let result = try watchingProgress { try command.run(invocation, in: context) }
            printer(interactive: interactive, mode: invocation.output).printResult(result, command: text)
            return
        }
        let target = workspace
        let started = DispatchTime.now().uptimeNanoseconds
        let origin = DatasetOrigin(command: text, invocation: invocation, spec: spec)
        let logged = loggedText(of: spec, expanded: text, typed: typed)
        let result = try watchingProgress {
            try target.perform(command: spec.writesFiles ? ReplayLine.forcing(logged) : logged, logged: spec.isLogged,
                               origin: origin, input: { recorder?.lines ?? [] }) {
                try command.run(invocation, in: context)
            }
        }
        if spec.setsVariable { variablesTheLogSets.insert(invocation[SetCommand.variable].text) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        applyPresentation()
        printer(interactive: interactive, mode: invocation.output).printResult(result, command: text)
        if target.settings.timesCommands { console.error(Words.commandTime(seconds).text(language) + "\n") }
    }

    /// The statement of the line being run that started last, so a failure names it rather than the whole line.
    private var currentStatement: String?

    /// The variables a `set var` in the session log of this session set, so that replaying the log defines them.
    private var variablesTheLogSets: Set<String> = []

    /// What the session log keeps of a statement: as expanded, but a `set var` as typed when every variable it uses was
    /// set by an earlier `set var` of the session (doubling a variable must not double the log each time), so that a
    /// replay of the log computes the same value; one that uses a `--define` variable is kept expanded.
    private func loggedText(of spec: CommandSpec, expanded: String, typed: String) -> String {
        guard spec.setsVariable, VariableExpander.names(in: typed).allSatisfy(variablesTheLogSets.contains) else {
            return expanded
        }
        return typed.trimmingCharacters(in: .whitespaces)
    }

    /// Prints an error the way the mode wants it; a failing statement of a line stands for the line's command.
    public func report(_ error: Error, command: String?, source: String?, line: Int?, interactive: Bool) {
        let rapportError = error as? RapportError ?? RapportError(Words.unexpectedFailure(String(describing: error)))
        let statement = command.map { currentStatement ?? $0 }
        printer(interactive: interactive).printError(rapportError, command: statement, source: source, line: line)
    }

    // MARK: ShellHost

    /// Whether the command running now was typed at a terminal.
    private var isInteractive = false

    /// Runs one command line for a command (such as `tour`), keeping the current mode.
    public func run(line: String, input: LineReader?) throws {
        let interactive = isInteractive
        defer { isInteractive = interactive }
        try execute(line, input: input, interactive: interactive)
    }

    /// Runs a script file inside this session, at most 16 levels deep; a failure names the script's line.
    public func source(_ path: String, context: CommandContext) throws {
        guard sourceDepth < 16 else { throw RapportError(Words.sourceTooDeep) }
        let reader = try PlainLineReader(path: path)
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let runner = ScriptRunner(session: self, reader: reader, nested: true)
        let status = runner.run()
        if status != 0 {
            throw RapportError(Words.sourceStopped(path, line: runner.failedLine ?? reader.lineNumber))
        }
    }

    /// Lets a setting changed with `set` win over the process flag that fixed it at start.
    public func settingChanged(_ name: String) {
        switch name {
        case "lang": options.language = nil
        case "color": options.colorMode = nil
        case "output": options.output = nil
        default: break
        }
    }

    /// Opens (or with `create` makes) the workspace in a directory, without switching to it.
    public func openWorkspace(at path: String, create: Bool) throws -> Workspace {
        try openWorkspace(path, create)
    }

    /// Ends the session after the command running now.
    public func requestQuit() {
        quitRequested = true
    }

    /// Closes the current workspace and goes on in the given one, telling when it is read-only.
    public func switchWorkspace(to workspace: Workspace) throws {
        try self.workspace.close()
        self.workspace = workspace
        if workspace.isReadOnly { console.error(Words.openedReadOnly(workspace.store.location).text(language) + "\n") }
        if let notice = workspace.store.notice {
            console.error(TerminalText.visibleKeepingLines(notice.text(language)) + "\n")
        }
    }
}

/// Messages of the session.
extension Words {
    /// An error that is no RapportError, which should not happen.
    public static func unexpectedFailure(_ detail: String) -> Message {
        Message(en: "unexpected failure: \(detail)", de: "unerwarteter Fehler: \(detail)")
    }
    /// `source` nested more than 16 deep.
    public static let sourceTooDeep = Message(en: "scripts source each other too deeply (more than 16 levels)",
                                              de: "Skripte rufen sich zu tief gegenseitig auf (mehr als 16 Ebenen)")
    /// A sourced script failed, naming its line.
    public static func sourceStopped(_ path: String, line: Int) -> Message {
        Message(en: "the script \(path) stopped at line \(line)", de: "das Skript \(path) brach in Zeile \(line) ab")
    }
    /// The workspace is held by another shell, so this one only reads.
    public static func openedReadOnly(_ location: String) -> Message {
        Message(en: "note: \(location) is in use by another rapport; opened read-only, changes are refused",
                de: "Hinweis: \(location) wird von einem anderen rapport benutzt; nur lesbar geöffnet, Änderungen werden abgelehnt")
    }
}
