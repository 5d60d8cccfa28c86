import Foundation
import RapportCore

/// `workspace [open DIR | new DIR | save-as DIR]`: where the workspace is and what it holds, or switch to another.
enum WorkspaceCommand {
    /// The folder `open`, `new` and `save-as` go to.
    static let directory = Positional("DIR", .directory)

    static let command = BuiltinCommand(CommandSpec(
        name: "workspace", module: "workspace", summary: Words.workspaceSummary,
        examples: ["workspace", "workspace open ~/clients/acme", "workspace new ~/clients/beta", "workspace save-as /tmp/copy"],
        subcommands: [
            CommandSpec(name: "open", module: "workspace", summary: Words.workspaceOpenSummary,
                        positionals: [directory], isLogged: false),
            CommandSpec(name: "new", module: "workspace", summary: Words.workspaceNewSummary,
                        positionals: [directory], isLogged: false),
            CommandSpec(name: "save-as", module: "workspace", summary: Words.workspaceSaveAsSummary,
                        positionals: [directory], isLogged: false),
        ],
        isLogged: false
    )) { invocation, context in
        guard let sub = invocation.subcommand, let host = context.host else { return summary(context) }
        let directory = invocation[Self.directory]
        let path = directory.text
        let exists = FileManager.default.fileExists(atPath: path)
        let isEmpty = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty
        let target: Workspace
        switch sub {
        case "open":
            guard exists else { throw invocation.error(Words.noWorkspaceThere(path), at: directory) }
            try context.workspace.waitForPendingSaves()
            target = try host.openWorkspace(at: path, create: false)
        default:
            guard !exists || isEmpty else { throw invocation.error(Words.directoryNotEmpty(path), at: directory) }
            try context.workspace.waitForPendingSaves()
            target = try host.openWorkspace(at: path, create: true)
            if sub == "save-as" { try target.copyContents(of: context.workspace) }
        }
        try host.switchWorkspace(to: target)
        return .message(context.say(Words.workspaceNow(target.store.location)), [("workspace", .string(target.store.location))])
    }

    /// Where the workspace is, its state, and its datasets' sizes.
    private static func summary(_ context: CommandContext) -> CommandResult {
        let workspace = context.workspace
        let entries = workspace.entries
        let rows = total(entries.map(\.rows))
        let sizes = entries.map { workspace.sizeOnDisk(of: $0) }
        let bytes = total(sizes.map { $0 ?? 0 })
        var lines = [
            context.say(Words.workspaceLocation(workspace.store.location)),
            context.say(Words.workspaceContents(datasets: entries.count, rows: rows, bytes: bytes)),
            context.say(Words.workspaceHistory(logged: workspace.log.count, undoable: workspace.undoCount)),
        ]
        if workspace.isReadOnly { lines.append(context.say(Words.openedReadOnly(workspace.store.location))) }
        let json = JSONValue.object([
            ("location", .string(workspace.store.location)), ("read_only", .bool(workspace.isReadOnly)),
            ("datasets", .array(zip(entries, sizes).map { entry, size in
                .object([("name", .string(entry.name)), ("rows", .integer(Int64(entry.rows))),
                         ("columns", .integer(Int64(entry.columns.count))), ("bytes", size.map { .integer(Int64($0)) } ?? .null)])
            })),
            ("rows", .integer(Int64(rows))), ("bytes", .integer(Int64(bytes))),
            ("log_entries", .integer(Int64(workspace.log.count))), ("undo_steps", .integer(Int64(workspace.undoCount))),
        ])
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: json)
    }

    /// The sum of counts the manifest records, at most `Int.max`: a hand-edited manifest can hold any numbers.
    private static func total(_ counts: [Int]) -> Int {
        counts.reduce(0) { sum, count in
            let (next, overflow) = sum.addingReportingOverflow(count)
            return overflow ? (count > 0 ? Int.max : Int.min) : next
        }
    }
}

/// Messages of `workspace`.
extension Words {
    /// One line on `workspace`.
    public static let workspaceSummary = Message(en: "where the workspace is and what it holds; open, new, save-as",
                                                 de: "wo der Arbeitsbereich liegt und was er enthält; open, new, save-as")
    /// One line on `workspace open`.
    public static let workspaceOpenSummary = Message(en: "switch to the workspace in DIR", de: "zum Arbeitsbereich in DIR wechseln")
    /// One line on `workspace new`.
    public static let workspaceNewSummary = Message(en: "make an empty workspace in DIR and switch to it",
                                                    de: "einen leeren Arbeitsbereich in DIR anlegen und dorthin wechseln")
    /// One line on `workspace save-as`.
    public static let workspaceSaveAsSummary = Message(en: "copy this workspace to DIR and go on there",
                                                       de: "diesen Arbeitsbereich nach DIR kopieren und dort weiterarbeiten")
    /// `workspace open` on a directory without a workspace.
    public static func noWorkspaceThere(_ path: String) -> Message {
        Message(en: "there is no workspace at \(path) (workspace new creates one)",
                de: "unter \(path) gibt es keinen Arbeitsbereich (workspace new legt einen an)")
    }
    /// `workspace new` or `save-as` on a directory that holds files.
    public static func directoryNotEmpty(_ path: String) -> Message {
        Message(en: "\(path) exists and is not empty; choose a new or empty directory",
                de: "\(path) existiert und ist nicht leer; bitte ein neues oder leeres Verzeichnis wählen")
    }
    /// What `workspace open`, `new` and `save-as` say when done.
    public static func workspaceNow(_ path: String) -> Message {
        Message(en: "workspace is now \(path)", de: "Arbeitsbereich ist jetzt \(path)")
    }
    /// The first line of `workspace`: where it is.
    public static func workspaceLocation(_ path: String) -> Message {
        Message(en: "workspace: \(path)", de: "Arbeitsbereich: \(path)")
    }
    /// The second line of `workspace`: datasets, rows and size on disk.
    public static func workspaceContents(datasets: Int, rows: Int, bytes: Int) -> Message {
        Message(en: "\(datasets) dataset\(datasets == 1 ? "" : "s"), \(rowCount(rows).en), \(Language.en.byteSize(bytes)) on disk",
                de: "\(datasets) \(datasets == 1 ? "Datensatz" : "Datensätze"), \(rowCount(rows).de), "
                    + "\(Language.de.byteSize(bytes)) auf der Platte")
    }
    /// The third line of `workspace`: the session's log and undo steps.
    public static func workspaceHistory(logged: Int, undoable: Int) -> Message {
        Message(en: "\(logged) command\(logged == 1 ? "" : "s") in the session log, \(undoable) can be undone",
                de: "\(logged) \(logged == 1 ? "Befehl" : "Befehle") im Sitzungsprotokoll, "
                    + "\(undoable) \(undoable == 1 ? "lässt" : "lassen") sich zurücknehmen")
    }
}
