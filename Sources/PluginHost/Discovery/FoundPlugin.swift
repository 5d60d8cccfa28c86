import Foundation
import RapportCore

/// A plugin folder discovery came across, and what rapport knows about it.
struct FoundPlugin {
    /// How a plugin folder came to be known.
    enum Origin: String {
        /// Registered by the user with `plugin add`.
        case added
        /// Found in a search folder (`RAPPORT_PLUGIN_PATH`, `$XDG_DATA_HOME/rapport/plugins`, the shipped plugins).
        case found
    }

    /// The plugin folder, absolute.
    let folder: String
    /// How it came to be known.
    let origin: Origin
    /// The manifest, when it could be read.
    let manifest: PluginManifest?
    /// Why the plugin cannot be used, if it cannot.
    var problem: RapportError?
    /// The specifications of its commands, from the cache or a fresh `describe`; nil while not described.
    var commands: [CommandSpec]?

    /// The plugin's name, or its folder's name when the manifest could not be read.
    var name: String { manifest?.name ?? (folder as NSString).lastPathComponent }
}
