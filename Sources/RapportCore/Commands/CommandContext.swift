
/// What the shell offers commands that need more than the workspace: running scripts, variables, quitting.
public protocol ShellHost: AnyObject {
    /// Runs the commands of a script file inside the session.
    func source(_ path: String, context: CommandContext) throws
    /// Asks the session to end after this command.
    func requestQuit()
    /// Opens (or, with `create`, makes) the workspace in a directory, without switching to it.
    func openWorkspace(at path: String, create: Bool) throws -> Workspace
    /// Switches the session to another workspace.
    func switchWorkspace(to workspace: Workspace) throws
    /// Tells the shell a setting changed, so flags that overrode it for this session give way.
    func settingChanged(_ name: String)
    /// The script variables, for `$NAME` replacement.
    var variables: [String: String] { get set }
    /// Runs a command line as if it had been typed, printing its results; throws its failure (already rolled back).
    func run(line: String, input: LineReader?) throws
}

/// Raised by the SIGINT handler, checked by long-running work.
public let interruptFlag = InterruptFlag()

/// Everything a running command may use besides its arguments.
public final class CommandContext {
    /// The workspace.
    public let workspace: Workspace
    /// The registry, for `help` and plugins.
    public let registry: Registry
    /// The shell, for commands that steer the session.
    public weak var host: ShellHost?
    /// Further input lines, for commands that ask questions (survey answers).
    public let input: LineReader?
    /// Writes text straight to the user while the command runs (questions, progress).
    public let console: Console

    /// The session's language.
    public let language: Language
    /// How far long work has come: a command begins a task on it and bumps it; the shell draws it on stderr.
    public let progress: ProgressMeter

    /// A context from its parts; `progress` is the meter the shell watches (a fresh one nobody watches by default).
    public init(workspace: Workspace, registry: Registry, host: ShellHost?, input: LineReader?, console: Console,
                language: Language, progress: ProgressMeter = ProgressMeter()) {
        self.workspace = workspace
        self.registry = registry
        self.host = host
        self.input = input
        self.console = console
        self.language = language
        self.progress = progress
    }

    /// Formats cells in the session's language and time zone.
    public var formatter: CellFormatter {
        CellFormatter(language: language, timeZone: workspace.settings.timeZone)
    }

    /// A message's text in the session's language.
    public func say(_ message: Message) -> String {
        message.text(language)
    }

    /// Throws `RapportError.interrupted` when the user pressed Ctrl-C; call it in long loops.
    public func checkInterrupted() throws {
        if interruptFlag.isRaised { throw RapportError.interrupted }
    }
}
