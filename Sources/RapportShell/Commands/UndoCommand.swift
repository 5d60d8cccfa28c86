import RapportCore

/// `undo`: takes back the last command that changed the workspace.
enum UndoCommand {
    static let command = BuiltinCommand(CommandSpec(
        name: "undo", module: "workspace", summary: Words.undoSummary, discussion: Words.undoDiscussion, examples: ["undo"]
    )) { _, context in
        guard let undone = try context.workspace.undo() else { throw RapportError(Words.nothingToUndo) }
        let left = context.workspace.undoCount
        return .message(context.say(Words.undone(undone, left: left)),
                        [("undone", .string(undone)), ("undo_steps_left", .integer(Int64(left)))])
    }
}

/// Messages of `undo`.
extension Words {
    /// One line on `undo`.
    public static let undoSummary = Message(en: "take back the last change to the workspace",
                                            de: "die letzte Änderung am Arbeitsbereich zurücknehmen")
    /// Longer help on `undo`.
    public static let undoDiscussion = Message(
        en: "Up to 50 changes of this session can be taken back, one per undo.",
        de: "Bis zu 50 Änderungen dieser Sitzung lassen sich zurücknehmen, eine je undo.")
    /// `undo` with no change of this session left.
    public static let nothingToUndo = Message(en: "nothing to undo in this session", de: "in dieser Sitzung gibt es nichts zurückzunehmen")
    /// What `undo` says when done: the command taken back and the steps left.
    public static func undone(_ command: String, left: Int) -> Message {
        Message(en: "undone: \(command) (\(left) more step\(left == 1 ? "" : "s") can be undone)",
                de: "zurückgenommen: \(command) (\(left) weitere\(left == 1 ? "r" : "") Schritt\(left == 1 ? "" : "e") möglich)")
    }
}
