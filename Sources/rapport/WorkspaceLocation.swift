import Foundation
import RapportCore

/// Decides which workspace directory a run uses.
enum WorkspaceLocation {
    /// `--workspace`, else `$RAPPORT_WORKSPACE`, else `$XDG_DATA_HOME/rapport/workspaces/default`
    /// (`~/.local/share/rapport/workspaces/default`).
    static func resolve(flag: String?, environment: [String: String]) -> String {
        let home = HomePath.home(environment)
        if let flag, !flag.isEmpty { return HomePath.expanding(flag, home: home) }
        if let variable = environment["RAPPORT_WORKSPACE"], !variable.isEmpty { return HomePath.expanding(variable, home: home) }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/rapport/workspaces/default"
    }

    /// The init file: `$XDG_CONFIG_HOME/rapport/init` (`~/.config/rapport/init`).
    static func initFile(environment: [String: String]) -> String {
        let home = HomePath.home(environment)
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return config + "/rapport/init"
    }
}
