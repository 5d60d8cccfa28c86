import Foundation
import RapportCore

/// External plugins: the `plugin` command, and the commands of plugins from their cached signatures.
public enum PluginModule {
    /// The catalogue of this process, over the locations its environment and executable give.
    static let catalogue = PluginCatalogue(locations: PluginLocations.from(
        environment: ProcessInfo.processInfo.environment,
        executable: Bundle.main.executablePath ?? CommandLine.arguments[0]))

    /// The module's own command, `plugin`.
    public static var commands: [Command] { [PluginAdminCommand.command(catalogue)] }

    /// Puts the commands of described plugins into the registry from the signature cache, starting no plugin.
    public static func loadPluginCommands(into registry: Registry) {
        catalogue.load(into: registry, workspace: nil)
    }
}
