import Foundation
import RapportCore

extension EditLineReader {
    /// Where the history lives: `RAPPORT_HISTORY`, else `$XDG_STATE_HOME/rapport/history`,
    /// else `~/.local/state/rapport/history`.
    public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String {
        if let path = environment["RAPPORT_HISTORY"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/rapport/history" }
        let home = HomePath.home(environment)
        return home + "/.local/state/rapport/history"
    }
}
