import RapportCore

/// A command an external plugin offers: hands the arguments and the named datasets to the plugin,
/// checks its answer and applies it to the workspace only when all of it is valid.
struct PluginCommand: Command {
    /// The command's specification, as the plugin described it.
    let spec: CommandSpec
    /// The plugin that runs it.
    let manifest: PluginManifest
    /// The catalogue, to re-check at run time that the plugin may run in this workspace.
    let catalogue: PluginCatalogue

    /// Checks the arguments, asks the plugin, checks its answer, then stores its datasets and shows the rest.
    func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let plugin = catalogue.plugins.first { $0.manifest == manifest }
        if let plugin, catalogue.isBlocked(plugin, workspace: context.workspace.store.location) {
            throw RapportError(Words.pluginInsideWorkspace(manifest.name, folder: manifest.folder))
        }
        let datasets = try datasets(invocation, context)
        let answer = try PluginConversation(manifest: manifest, timeLimit: context.workspace.settings.pluginTimeout)
            .ask(request(invocation, datasets: datasets, context: context), expecting: "result")
        let result = try PluginResult(answer, plugin: manifest.name)
        for (dataset, replace) in result.datasets where context.workspace.contains(dataset.name) && !replace {
            throw RapportError(Words.datasetExists(dataset.name))
        }
        for (dataset, replace) in result.datasets {
            try context.workspace.put(dataset, replacing: replace)
        }
        return output(of: result)
    }

    /// The datasets named by dataset arguments and flags, checked to exist; column arguments are checked against the first.
    private func datasets(_ invocation: Invocation, _ context: CommandContext) throws -> [Dataset] {
        var words: [(Word, ValueKind)] = []
        for positional in spec.positionals {
            for word in invocation.words(for: positional) { words.append((word, positional.kind)) }
        }
        for flag in spec.flags {
            guard let kind = flag.value else { continue }
            for word in invocation.words(for: flag) { words.append((word, kind)) }
        }
        var datasets: [Dataset] = []
        for (word, kind) in words where kind == .dataset && !datasets.contains(where: { $0.name == word.text }) {
            datasets.append(try invocation.dataset(word, in: context))
        }
        if let first = datasets.first {
            for (word, kind) in words where kind == .column {
                _ = try invocation.columnIndex(word.text, at: word, in: first)
            }
        }
        return datasets
    }

    /// The `run` request: command, arguments, settings in force and the datasets as protocol tables.
    private func request(_ invocation: Invocation, datasets: [Dataset], context: CommandContext) -> JSONValue {
        func text(_ word: Word?) -> JSONValue { word.map { .string($0.text) } ?? .null }
        let flags = spec.flags.sorted { $0.name < $1.name }.compactMap { flag in
            flag.value == nil ? nil : invocation.words(for: flag).last.map { (flag.name, JSONValue.string($0.text)) }
        }
        let switches = spec.flags.filter { $0.value == nil && invocation.isGiven($0) }.map(\.name).sorted()
        let arguments = JSONValue.object([
            ("positionals", .array(spec.positionals.flatMap { invocation.words(for: $0) }.map { .string($0.text) })),
            ("flags", .object(flags)),
            ("switches", .array(switches.map(JSONValue.string))),
            ("by", invocation.by.map { .array($0.map { .string($0.text) }) } ?? .null),
            // `on` stays one text, as the protocol has it; a list (`on a, b`) joined by commas.
            ("where", text(invocation.whereClause)),
            ("on", invocation.onList.map { .string($0.map(\.text).joined(separator: ",")) } ?? .null),
            ("as", text(invocation.asName)),
        ])
        var settings = SettingSpec.all.map { ($0.name, JSONValue.string(context.workspace.settings[$0.name])) }
        settings.removeAll { $0.0 == "lang" }
        settings.insert(("lang", .string(context.language.rawValue)), at: 0)
        return .object([
            ("type", .string("run")), ("command", .string(spec.name)), ("arguments", arguments),
            ("settings", .object(settings)),
            ("datasets", .object(datasets.map { ($0.name, TableJSON.value(of: $0)) })),
        ])
    }

    /// What the shell shows: warnings, messages, then tables; the JSON form lists all three and the datasets stored.
    private func output(of result: PluginResult) -> CommandResult {
        var blocks: [ResultBlock] = result.warnings.map { .warning(Words.pluginSays(manifest.name, $0)) }
        if !result.messages.isEmpty { blocks.append(.text(result.messages.joined(separator: "\n"))) }
        blocks += result.tables.map { .table($0.dataset, title: $0.title) }
        let json = JSONValue.object([
            ("messages", .array(result.messages.map(JSONValue.string))),
            ("warnings", .array(result.warnings.map(JSONValue.string))),
            ("tables", .array(result.tables.map { table in
                .object([("title", table.title.map(JSONValue.string) ?? .null), ("table", TableJSON.value(of: table.dataset))])
            })),
            ("datasets", .array(result.datasets.map { .string($0.dataset.name) })),
        ])
        return CommandResult(blocks: blocks, json: json)
    }
}
