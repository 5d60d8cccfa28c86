import RapportCore

/// `rename OLD NEW`: gives a dataset a new name.
enum RenameCommand {
    /// The dataset to rename.
    static let old = Positional("OLD", .dataset)
    /// Its new name.
    static let new = Positional("NEW", .newName)

    static let command = BuiltinCommand(CommandSpec(
        name: "rename", module: "workspace", summary: Words.renameSummary, examples: ["rename dataset_facebook fb"],
        positionals: [old, new]
    )) { invocation, context in
        let old = invocation[Self.old], new = invocation[Self.new]
        guard DatasetName.isValid(new.text) else { throw invocation.error(Words.badDatasetName(new.text), at: new) }
        do {
            try context.workspace.rename(old.text, to: new.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: context.workspace.contains(old.text) ? new : old)
        }
        return .message(context.say(Words.renamed(old.text, new.text)), [("from", .string(old.text)), ("to", .string(new.text))])
    }
}

/// Messages of `rename`.
extension Words {
    /// One line on `rename`.
    public static let renameSummary = Message(en: "give a dataset a new name", de: "einen Datensatz umbenennen")
    /// What `rename` says when done.
    public static func renamed(_ old: String, _ new: String) -> Message {
        Message(en: "renamed \(old) to \(new)", de: "\(old) in \(new) umbenannt")
    }
}
