import Foundation
import RapportCore

/// `log` and `log save FILE.rap`: the commands that succeeded, and a script that replays them.
enum LogCommand {
    /// The script `log save` writes.
    static let file = Positional("FILE", .file)

    static let command = BuiltinCommand(CommandSpec(
        name: "log", module: "shell", summary: Words.logSummary, discussion: Words.logDiscussion,
        examples: ["log", "log save monthly.rap"],
        subcommands: [
            CommandSpec(name: "save", module: "shell", summary: Words.logSaveSummary,
                        positionals: [file], flags: [Switch.force], writesFiles: true),
        ],
        isLogged: false
    )) { invocation, context in
        let log = context.workspace.log
        if invocation.subcommand == "save" {
            let target = invocation[Self.file]
            let path = target.text
            if FileManager.default.fileExists(atPath: path) && !invocation[Switch.force] {
                throw invocation.error(Words.fileExists(path), at: target)
            }
            do {
                try AtomicFile.write(Data(script(log, closingWith: ReplayLine.forcing(invocation.text)).utf8), to: path)
            } catch let error as RapportError {
                throw error
            } catch {
                throw invocation.error(Words.cannotWrite(path, String(describing: error)), at: target)
            }
            return .message(context.say(Words.logSaved(log.count, path)), [("file", .string(path)), ("commands", .integer(Int64(log.count)))])
        }
        let stored = storedDatasets(context.workspace)
        return .table(in: context.language) { language in
            Dataset(name: "log", columns: [
                .text(Words.timeColumn.text(language), log.map(\.time)),
                .text(Words.commandColumn.text(language), log.map(\.command)),
                .integer(Words.inputLinesColumn.text(language), log.map { Int64($0.input?.count ?? 0) }),
                .text(Words.storedColumn.text(language), log.indices.map { stored[$0 + 1]?.joined(separator: ", ") }),
            ])
        }
    }

    /// The names of the datasets the workspace holds, by the log line of the command that stored them (their origin's
    /// `run`).
    private static func storedDatasets(_ workspace: Workspace) -> [Int: [String]] {
        workspace.entries.reduce(into: [:]) { stored, entry in
            if let run = entry.origin?.run { stored[run, default: []].append(entry.name) }
        }
    }

    /// The log as a script: each command, then the input lines it read, and last `closing`, the `log save` that
    /// writes it, so that the replay's log ends as this session's will.
    static func script(_ log: [LogEntry], closingWith closing: String) -> String {
        var text = "# rapport session log: run it with rapport --script FILE (against the same input files)\n"
        for entry in log {
            text += entry.command + "\n"
            for line in entry.input ?? [] { text += line + "\n" }
        }
        return text + closing + "\n"
    }
}

/// Messages and column names of `log`.
extension Words {
    /// One line on `log`.
    public static let logSummary = Message(en: "show the session log, or save it as a script",
                                           de: "das Sitzungsprotokoll zeigen oder als Skript speichern")
    /// Longer help on `log`.
    public static let logDiscussion = Message(
        en: "Every command that succeeded is recorded with its time and any input lines it read; the listing names the datasets each stored that the workspace still holds. A saved log, run against the same input files, rebuilds the same workspace; its export, report and log save lines carry --force, as the replay writes those files again.",
        de: "Jeder erfolgreiche Befehl wird mit Zeit und gelesenen Eingabezeilen festgehalten; die Liste nennt die Datensätze, die er gespeichert hat und die der Arbeitsbereich noch enthält. Ein gespeichertes Protokoll baut mit denselben Eingabedateien denselben Arbeitsbereich wieder auf; seine Zeilen mit export, report und log save tragen --force, da die Wiederholung diese Dateien erneut schreibt.")
    /// One line on `log save`.
    public static let logSaveSummary = Message(en: "write the log as a script that replays the session",
                                               de: "das Protokoll als Skript schreiben, das die Sitzung wiederholt")
    /// The log's column of times.
    public static let timeColumn = Message(en: "time", de: "Zeit")
    /// The log's column of command lines.
    public static let commandColumn = Message(en: "command", de: "Befehl")
    /// The log's column of input lines a command read.
    public static let inputLinesColumn = Message(en: "input lines", de: "Eingabezeilen")
    /// The log's column of the datasets a command stored that the workspace still holds.
    public static let storedColumn = Message(en: "stored", de: "gespeichert")
    /// What `log save` says when done.
    public static func logSaved(_ count: Int, _ path: String) -> Message {
        Message(en: "saved \(count) commands to \(path)", de: "\(count) Befehle in \(path) gespeichert")
    }
}
