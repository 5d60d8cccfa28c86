import Foundation
import RapportCore

/// Where plugins are looked for, and where the user's plugin list and the signature cache live.
struct PluginLocations: Sendable, Equatable {
    /// The folders searched, most specific first: each holds plugin folders or is one.
    let searchFolders: [String]
    /// The user's list of added plugin folders: `$XDG_CONFIG_HOME/rapport/plugins.json`.
    let configFile: String
    /// The cached command signatures: `$XDG_CACHE_HOME/rapport/plugin-signatures.json`.
    let cacheFile: String

    /// The locations for this process: `RAPPORT_PLUGIN_PATH` (folders separated by `:`), then
    /// `$XDG_DATA_HOME/rapport/plugins`, then the plugins shipped with rapport (see `bundledFolder`).
    static func from(environment: [String: String], executable: String) -> PluginLocations {
        let home = HomePath.home(environment)
        func base(_ key: String, _ fallback: String) -> String {
            environment[key].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/" + fallback
        }
        var folders = (environment["RAPPORT_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
        folders.append(base("XDG_DATA_HOME", ".local/share") + "/rapport/plugins")
        if let bundled = bundledFolder(executable: executable) { folders.append(bundled) }
        return PluginLocations(searchFolders: folders.map(absolute),
                               configFile: base("XDG_CONFIG_HOME", ".config") + "/rapport/plugins.json",
                               cacheFile: base("XDG_CACHE_HOME", ".cache") + "/rapport/plugin-signatures.json")
    }

    /// The plugins shipped with rapport: `PREFIX/share/rapport/plugins` beside `PREFIX/bin/rapport`
    /// (where `make install` copies them), else the repository's `plugins/` above a build folder.
    static func bundledFolder(executable: String) -> String? {
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binary.deletingLastPathComponent().appendingPathComponent("share/rapport/plugins").path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        var folder = binary
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("plugins")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("PROTOCOL.md").path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// A path made absolute against the current directory, with `~` expanded and symbolic links resolved.
    static func absolute(_ path: String) -> String {
        let expanded = HomePath.expanding(path)
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(expanded)
        return url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
