import Foundation
import RapportCore

/// Every plugin rapport knows of: finds them, reads cached signatures, describes them on `plugin reload` or
/// the first use of a command, and puts their commands into the registry.
final class PluginCatalogue: @unchecked Sendable {
    /// Where plugins are looked for and the user's lists live.
    let locations: PluginLocations
    /// The plugins found by the last `load` or `reload`, in order of precedence.
    private(set) var plugins: [FoundPlugin] = []

    /// A catalogue over the given locations; nothing is read until `load`.
    init(locations: PluginLocations) {
        self.locations = locations
    }

    /// The user's added plugin folders.
    var added: AddedPlugins { AddedPlugins(path: locations.configFile) }
    /// The signature cache.
    var cache: SignatureCache { SignatureCache(path: locations.cacheFile) }

    /// Finds the plugins and registers their commands from cached signatures (or placeholders); starts no plugin.
    func load(into registry: Registry, workspace: String?) {
        plugins = discover(workspace: workspace)
        let entries = cache.entries()
        for index in plugins.indices where plugins[index].problem == nil {
            guard let manifest = plugins[index].manifest, let cached = cache.commands(for: manifest, in: entries) else { continue }
            plugins[index].commands = try? cached.map { try CommandSignature.spec(from: $0, plugin: manifest.name) }
        }
        register(into: registry)
    }

    /// Finds the plugins again and asks each usable one for its commands, refreshing the cache; Ctrl-C stops it all.
    func reload(into registry: Registry, workspace: String?, timeLimit: Int) throws {
        plugins = discover(workspace: workspace)
        defer { register(into: registry) }
        for index in plugins.indices where plugins[index].problem == nil {
            guard let manifest = plugins[index].manifest else { continue }
            do {
                plugins[index].commands = try describe(manifest, timeLimit: timeLimit)
            } catch let error as RapportError where !error.isInterruption {
                plugins[index].problem = error
            }
        }
    }

    /// Asks one plugin for its commands on first use, records them (or its problem) and registers them again.
    func describe(_ manifest: PluginManifest, into registry: Registry, workspace: String?, timeLimit: Int) throws {
        guard let index = plugins.firstIndex(where: { $0.manifest == manifest }) else { return }
        if isBlocked(plugins[index], workspace: workspace) {
            throw RapportError(Words.pluginInsideWorkspace(manifest.name, folder: manifest.folder))
        }
        defer { register(into: registry) }
        do {
            plugins[index].commands = try describe(manifest, timeLimit: timeLimit)
        } catch let error as RapportError where !error.isInterruption {
            plugins[index].problem = error
            throw error
        }
    }

    /// Asks a plugin for its commands, checks them against its manifest and caches them.
    func describe(_ manifest: PluginManifest, timeLimit: Int) throws -> [CommandSpec] {
        let answer = try PluginConversation(manifest: manifest, timeLimit: timeLimit)
            .ask(.object([("type", .string("describe"))]), expecting: "describe")
        guard let signatures = answer["commands"]?.arrayValue else {
            throw RapportError(Words.pluginBadSignature(manifest.name, field: "commands"))
        }
        let specs = try signatures.map { try CommandSignature.spec(from: $0, plugin: manifest.name) }
        guard specs.map(\.name) == manifest.commands else {
            throw RapportError(Words.pluginCommandsDiffer(manifest.name, manifest: manifest.commands, described: specs.map(\.name)))
        }
        try? cache.store(signatures, for: manifest)
        return specs
    }

    /// Whether a plugin folder lies inside the workspace directory and was not added by the user.
    func isBlocked(_ plugin: FoundPlugin, workspace: String?) -> Bool {
        guard plugin.origin != .added, let workspace else { return false }
        let root = PluginLocations.absolute(workspace)
        return plugin.folder == root || plugin.folder.hasPrefix(root + "/")
    }

    /// The plugin folders in order of precedence: added ones first, then each search folder's.
    private func discover(workspace: String?) -> [FoundPlugin] {
        var found: [FoundPlugin] = []
        var seen = Set<String>()
        var names = Set<String>()
        let addedFolders = (try? added.folders()) ?? []
        let candidates = addedFolders.map { ($0, FoundPlugin.Origin.added) }
            + locations.searchFolders.flatMap { folder in PluginCatalogue.pluginFolders(in: folder).map { ($0, FoundPlugin.Origin.found) } }
        for (folder, origin) in candidates where seen.insert(folder).inserted {
            var plugin: FoundPlugin
            do {
                plugin = FoundPlugin(folder: folder, origin: origin, manifest: try PluginManifest.read(folder: folder))
            } catch let error as RapportError {
                plugin = FoundPlugin(folder: folder, origin: origin, manifest: nil, problem: error)
            } catch {
                plugin = FoundPlugin(folder: folder, origin: origin, manifest: nil, problem: RapportError(Words.pluginManifestMissing(folder)))
            }
            if let manifest = plugin.manifest {
                if manifest.protocolVersion != PluginConversation.protocolVersion {
                    plugin.problem = RapportError(Words.pluginWrongProtocol(manifest.name, found: manifest.protocolVersion,
                                                                            supported: PluginConversation.protocolVersion))
                } else if !names.insert(manifest.name).inserted {
                    plugin.problem = RapportError(Words.pluginDuplicate(manifest.name))
                } else if isBlocked(plugin, workspace: workspace) {
                    plugin.problem = RapportError(Words.pluginInsideWorkspace(manifest.name, folder: folder))
                }
            }
            found.append(plugin)
        }
        return found
    }

    /// Puts the commands of every usable plugin into the registry, replacing earlier plugin commands: described
    /// ones as they were described, the others as placeholders that describe their plugin when run. Of two plugins offering
    /// a command of the same name, the first in order of precedence keeps it. Commands of plugins that cannot run, and
    /// whose names are free, say why when run.
    private func register(into registry: Registry) {
        registry.removePluginCommands()
        for plugin in plugins where plugin.problem == nil {
            guard let manifest = plugin.manifest else { continue }
            let commands: [Command] = plugin.commands.map { specs in
                specs.map { PluginCommand(spec: $0, manifest: manifest, catalogue: self) }
            } ?? manifest.commands.map { PendingPluginCommand(name: $0, manifest: manifest, catalogue: self) }
            for command in commands where registry.command(named: command.spec.name)?.spec.isPlugin != true {
                registry.register(command)
            }
        }
        for plugin in plugins {
            guard let problem = plugin.problem, let manifest = plugin.manifest else { continue }
            for name in manifest.commands where registry.command(named: name) == nil {
                registry.register(UnusablePluginCommand(name: name, plugin: manifest.name, problem: problem))
            }
        }
    }

    /// The plugin folders a search folder holds: itself when it has a manifest, else its sub-folders that have one.
    static func pluginFolders(in folder: String) -> [String] {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder + "/" + PluginManifest.fileName) { return [folder] }
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().map { folder + "/" + $0 }.filter { manager.fileExists(atPath: $0 + "/" + PluginManifest.fileName) }
    }
}
