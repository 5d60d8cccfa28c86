import RapportCore

/// A command named in the manifest of a plugin that is new or changed since it was last described:
/// it shows in `help` and completes, and running it says to run `plugin reload` first.
struct PendingPluginCommand: Command {
    /// A specification that takes any words, as the real one is not known yet.
    let spec: CommandSpec

    /// The placeholder for command `name` of plugin `plugin`.
    init(name: String, plugin: String) {
        spec = CommandSpec(name: name, module: plugin, summary: Words.pluginNeedsReload,
                           positionals: [Positional("ARGUMENTS", .text, optional: true, repeating: true)], isPlugin: true)
    }

    /// Refuses to run, naming the plugin and what to do.
    func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        throw RapportError(Words.pluginNotDescribed(spec.module, command: spec.name))
    }
}
