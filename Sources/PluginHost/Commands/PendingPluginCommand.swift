import RapportCore

/// A command named in the manifest of a plugin that is new or changed since it was last described:
/// it shows in `help` and completes; running it first asks the plugin for its commands, then runs the real one.
struct PendingPluginCommand: Command {
    /// A specification that keeps its words as typed, as the real one is not known yet.
    let spec: CommandSpec
    /// The plugin that offers it.
    let manifest: PluginManifest
    /// The catalogue that describes the plugin and registers its real commands.
    let catalogue: PluginCatalogue

    /// The placeholder for command `name` of the plugin `manifest` describes.
    init(name: String, manifest: PluginManifest, catalogue: PluginCatalogue) {
        spec = CommandSpec(name: name, module: manifest.name, summary: Words.pluginUndescribed,
                           positionals: [PositionalSpec("ARGUMENTS", .text, optional: true, repeating: true)], isPlugin: true,
                           takesAnyWords: true)
        self.manifest = manifest
        self.catalogue = catalogue
    }

    /// Asks the plugin for its commands (caching them), then parses the line against the real command and runs it.
    func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        try catalogue.describe(manifest, into: context.registry, workspace: context.workspace.store.location,
                               timeLimit: context.workspace.settings.pluginTimeout)
        let (command, real, _) = try InvocationParser.parse(invocation.text, tokens: try Lexer.words(invocation.text),
                                                             registry: context.registry)
        guard command.spec.isPlugin, !command.spec.takesAnyWords else {
            throw RapportError(Words.pluginNotDescribed(manifest.name, command: spec.name))
        }
        return try command.run(real, in: context)
    }
}
