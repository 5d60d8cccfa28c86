import Foundation

/// Paths that start at a home folder, read as a shell reads them: `~` is `$HOME` (the account's home when unset).
public enum HomePath {
    /// The home folder: `$HOME`, else the account's.
    public static func home(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// The path with a leading `~` or `~/` put under `home`, and `~user` under that user's home; others unchanged.
    public static func expanding(_ path: String, home: String = HomePath.home()) -> String {
        guard path.hasPrefix("~") else { return path }
        if path == "~" || path.hasPrefix("~/") { return home + path.dropFirst() }
        return (path as NSString).expandingTildeInPath
    }
}
