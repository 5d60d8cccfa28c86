import Foundation
import RapportCore

/// `plugin list|info|reload|add|remove`: what plugins there are, and which folders the user trusts.
enum PluginAdminCommand {
    /// The plugin `info` shows and `remove` forgets, by name (or, for `remove`, folder).
    static let plugin = Positional("NAME", .text)
    /// The folder `add` trusts.
    static let folder = Positional("PATH", .directory)

    /// The command, working on the given catalogue.
    static func command(_ catalogue: PluginCatalogue) -> Command {
        BuiltinCommand(CommandSpec(
            name: "plugin", module: "plugins", summary: Words.pluginSummary, discussion: Words.pluginDiscussion,
            examples: ["plugin list", "plugin info sov", "plugin reload", "plugin add ~/my-plugins/hello", "plugin remove hello"],
            subcommands: [
                CommandSpec(name: "list", module: "plugins", summary: Words.pluginListSummary, isLogged: false),
                CommandSpec(name: "info", module: "plugins", summary: Words.pluginInfoSummary,
                            positionals: [plugin], isLogged: false),
                CommandSpec(name: "reload", module: "plugins", summary: Words.pluginReloadSummary, isLogged: false),
                CommandSpec(name: "add", module: "plugins", summary: Words.pluginAddSummary,
                            positionals: [folder], isLogged: false),
                CommandSpec(name: "remove", module: "plugins", summary: Words.pluginRemoveSummary,
                            positionals: [plugin], isLogged: false),
            ],
            isLogged: false
        )) { invocation, context in
            let workspace = context.workspace.store.location
            switch invocation.subcommand {
            case "info"?:
                catalogue.load(into: context.registry, workspace: workspace)
                return try info(invocation, catalogue: catalogue, context: context)
            case "reload"?:
                try catalogue.reload(into: context.registry, workspace: workspace, timeLimit: context.workspace.settings.pluginTimeout)
                return catalogue.plugins.compactMap(\.problem).reversed().reduce(list(catalogue, context: context)) { result, problem in
                    result.warning(problem.message)
                }
            case "add"?:
                try add(invocation, catalogue: catalogue, context: context)
                return list(catalogue, context: context)
            case "remove"?:
                try remove(invocation, catalogue: catalogue, context: context)
                return list(catalogue, context: context)
            default:
                catalogue.load(into: context.registry, workspace: workspace)
                return list(catalogue, context: context)
            }
        }
    }

    /// A table of every plugin found, with its state; warnings for problems and for built-ins that win.
    private static func list(_ catalogue: PluginCatalogue, context: CommandContext) -> CommandResult {
        let plugins = catalogue.plugins
        let states: [String] = plugins.map { plugin in
            if let problem = plugin.problem { return context.say(problem.message) }
            return context.say(plugin.commands == nil ? Words.pluginUndescribed : Words.pluginReady)
        }
        let table = Dataset(name: "plugins", columns: [
            .text("name", plugins.map(\.name)),
            .text("version", plugins.map { $0.manifest?.version }),
            .text("commands", plugins.map { $0.manifest?.commands.joined(separator: ", ") }),
            .text("origin", plugins.map(\.origin.rawValue)),
            .text("state", states),
            .text("folder", plugins.map(\.folder)),
        ])
        var result = CommandResult.table(table)
        for shadowed in context.registry.shadowed.reversed() {
            result = result.warning(Words.pluginShadowed(shadowed.spec.name, plugin: shadowed.spec.module))
        }
        if plugins.isEmpty { result.blocks.append(.text(context.say(Words.pluginNoneFound))) }
        return result
    }

    /// One plugin's manifest, origin, state and command usages.
    private static func info(_ invocation: Invocation, catalogue: PluginCatalogue, context: CommandContext) throws -> CommandResult {
        let word = invocation[Self.plugin]
        guard let plugin = catalogue.plugins.first(where: { $0.name == word.text }) else {
            let suggestion = Suggestion.closest(to: word.text, among: catalogue.plugins.map(\.name))
            throw invocation.error(Words.pluginUnknown(word.text).suggesting(suggestion), at: word)
        }
        var lines = [plugin.name + (plugin.manifest.map { " " + $0.version } ?? ""), "  " + plugin.folder]
        var fields: [(String, JSONValue)] = [("name", .string(plugin.name)), ("folder", .string(plugin.folder)),
                                             ("origin", .string(plugin.origin.rawValue))]
        if let manifest = plugin.manifest {
            lines.append("  " + context.say(Words.pluginInfoProgram(manifest.executable, protocolVersion: manifest.protocolVersion)))
            fields += [("version", .string(manifest.version)), ("protocol", .integer(manifest.protocolVersion)),
                       ("executable", .string(manifest.executable))]
        }
        if let problem = plugin.problem {
            lines.append("  " + context.say(problem.message))
            fields.append(("problem", .string(context.say(problem.message))))
        }
        for spec in plugin.commands ?? [] {
            lines.append("  " + spec.usage() + "\n      " + context.say(spec.summary))
        }
        if plugin.problem == nil && plugin.commands == nil { lines.append("  " + context.say(Words.pluginUndescribed)) }
        fields.append(("commands", .array((plugin.commands ?? []).map { .string($0.usage()) })))
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: .object(fields))
    }

    /// Registers a plugin folder in the user's configuration, after reading its manifest and describing it.
    private static func add(_ invocation: Invocation, catalogue: PluginCatalogue, context: CommandContext) throws {
        let word = invocation[Self.folder]
        let folder = PluginLocations.absolute(word.text)
        let manifest: PluginManifest
        do {
            manifest = try PluginManifest.read(folder: folder)
        } catch let error as RapportError {
            throw error.pointing(at: word.offset, in: invocation.text)
        }
        _ = try catalogue.describe(manifest, timeLimit: context.workspace.settings.pluginTimeout)
        var folders = try catalogue.added.folders()
        if !folders.contains(folder) { folders.append(folder) }
        try catalogue.added.save(folders)
        catalogue.load(into: context.registry, workspace: context.workspace.store.location)
    }

    /// Forgets a plugin the user added, by name or folder.
    private static func remove(_ invocation: Invocation, catalogue: PluginCatalogue, context: CommandContext) throws {
        let word = invocation[Self.plugin]
        catalogue.load(into: context.registry, workspace: context.workspace.store.location)
        let folders = try catalogue.added.folders()
        let folder = catalogue.plugins.first { $0.origin == .added && ($0.name == word.text || $0.folder == word.text) }?.folder
            ?? folders.first { $0 == PluginLocations.absolute(word.text) }
        guard let folder else {
            throw invocation.error(Words.pluginNotAdded(word.text), at: word)
        }
        try catalogue.added.save(folders.filter { $0 != folder })
        catalogue.load(into: context.registry, workspace: context.workspace.store.location)
    }
}
