import RapportCore

/// A command named in the manifest of a plugin that cannot run (inside the workspace folder and not added, a second
/// plugin of a taken name, another protocol version): it completes, and running it says why instead of "unknown command".
struct UnusablePluginCommand: Command {
    /// A specification that keeps its words as typed; its summary is the problem.
    let spec: CommandSpec
    /// Why the plugin cannot run.
    let problem: RapportError

    /// The placeholder for command `name` of plugin `plugin`, which cannot run because of `problem`.
    init(name: String, plugin: String, problem: RapportError) {
        spec = CommandSpec(name: name, module: plugin, summary: problem.message,
                           positionals: [PositionalSpec("ARGUMENTS", .text, optional: true, repeating: true)], isPlugin: true,
                           takesAnyWords: true)
        self.problem = problem
    }

    /// Refuses to run, with the plugin's problem.
    func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        throw problem
    }
}
