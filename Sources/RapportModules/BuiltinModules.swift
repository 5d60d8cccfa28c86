import CompareModule
import ExploreModule
import ExportModule
import ImportModule
import PluginHost
import RapportCore
import RapportShell
import ScoreModule
import SurveyModule
import WorkshopModule

/// The one place that lists the built-in modules, in the order `help` shows them.
public enum BuiltinModules {
    /// Every built-in command, module by module.
    public static var commands: [Command] {
        ShellCommands.all
            + ImportModule.commands
            + ExploreModule.commands
            + ScoreModule.commands
            + CompareModule.commands
            + SurveyModule.commands
            + ExportModule.commands
            + WorkshopModule.commands
            + PluginModule.commands
    }

    /// A registry holding every built-in command and the import module's table reader, then the commands of plugins
    /// whose signatures are cached.
    public static func registry() -> Registry {
        let registry = Registry(commands)
        registry.tableReader = ImportModule.tableReader
        PluginModule.loadPluginCommands(into: registry)
        return registry
    }
}
