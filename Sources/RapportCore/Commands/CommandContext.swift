import Synchronization

/// What the shell offers commands that need more than the workspace: running scripts, variables, quitting.
public protocol ShellHost: AnyObject {
    /// Runs the commands of a script file inside the session.
    func source(_ path: String, context: CommandContext) throws
    /// Asks the session to end after this command.
    func requestQuit()
    /// Switches the session to another workspace.
    func switchWorkspace(to workspace: Workspace) throws
    /// The script variables, for `$NAME` replacement.
    var variables: [String: String] { get set }
}

/// Set by the SIGINT handler, checked by long-running work.
public let interruptFlag = Atomic<Bool>(false)

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

    /// A context from its parts.
    public init(workspace: Workspace, registry: Registry, host: ShellHost?, input: LineReader?, console: Console) {
        self.workspace = workspace
        self.registry = registry
        self.host = host
        self.input = input
        self.console = console
    }

    /// The session's language.
    public var language: Language { workspace.settings.language }

    /// Throws `RapportError.interrupted` when the user pressed Ctrl-C; call it in long loops.
    public func checkInterrupted() throws {
        if interruptFlag.load(ordering: .relaxed) { throw RapportError.interrupted }
    }
}
