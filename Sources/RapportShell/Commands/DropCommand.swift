import RapportCore

/// `drop NAME`: removes a dataset (undo brings it back).
enum DropCommand {
    /// The dataset to remove.
    static let dataset = Positional("DATASET", .dataset)

    static let command = BuiltinCommand(CommandSpec(
        name: "drop", module: "workspace", summary: Words.dropSummary, examples: ["drop posts_old"],
        positionals: [dataset]
    )) { invocation, context in
        let name = invocation[Self.dataset]
        do {
            try context.workspace.drop(name.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: name)
        }
        return .message(context.say(Words.dropped(name.text)), [("dropped", .string(name.text))])
    }
}

/// Messages of `drop`.
extension Words {
    /// One line on `drop`.
    public static let dropSummary = Message(en: "remove a dataset from the workspace (undo brings it back)",
                                            de: "einen Datensatz entfernen (undo holt ihn zurück)")
    /// What `drop` says when done.
    public static func dropped(_ name: String) -> Message {
        Message(en: "dropped \(name)", de: "\(name) entfernt")
    }
}
