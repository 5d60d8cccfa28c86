import RapportCore

/// How the session log records a command that writes files (`CommandSpec.writesFiles`): with `--force`, so that a
/// replayed log replaces the files the session wrote instead of stopping at "exists already".
enum ReplayLine {
    /// The command line with ` --force` after its last word, unless it has `--force` already or cannot be read.
    static func forcing(_ command: String) -> String {
        let force = "--" + Switch.force.spec.name
        guard let tokens = try? Lexer.words(command), let last = tokens.last,
              !tokens.contains(where: { !$0.isQuoted && $0.text == force }) else { return command }
        let end = command.index(command.startIndex, offsetBy: min(command.count, last.offset + last.raw.count))
        return String(command[..<end]) + " " + force + String(command[end...])
    }
}
