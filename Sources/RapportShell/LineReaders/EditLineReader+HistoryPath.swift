import Foundation

extension EditLineReader {
    /// Where the history lives: `RAPPORT_HISTORY`, else `$XDG_STATE_HOME/rapport/history`,
    /// else `~/.local/state/rapport/history`.
    public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String {
        if let path = environment["RAPPORT_HISTORY"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/rapport/history" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/rapport/history"
    }
}
