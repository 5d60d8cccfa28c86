import CompareModule
import ExploreModule
import ExportModule
import ImportModule
import RapportCore
import RapportShell
import ScoreModule
import WorkshopModule

/// The one place that lists the built-in modules, in the order `help` shows them.
enum BuiltinModules {
    /// A registry holding every built-in command.
    static func registry() -> Registry {
        Registry(ShellCommands.all
                 + ImportModule.commands
                 + ExploreModule.commands
                 + ScoreModule.commands
                 + CompareModule.commands
                 + ExportModule.commands
                 + WorkshopModule.commands)
    }
}
