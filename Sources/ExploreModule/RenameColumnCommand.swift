import RapportCore

/// `rename-column NAME OLD NEW`: gives a column a new name; its role and values stay.
enum RenameColumnCommand {
    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)
    /// The column to rename.
    static let old = Positional("OLD", .column)
    /// Its new name.
    static let new = Positional("NEW", .newName)

    static let command = BuiltinCommand(CommandSpec(
        name: "rename-column", module: "explore", summary: Words.renameColumnSummary,
        discussion: Words.renameColumnDiscussion,
        examples: ["rename-column posts Likes likes", "rename-column posts `Page total likes` followers"],
        positionals: [dataset, old, new]
    )) { invocation, context in
        let source = invocation[Self.dataset], oldWord = invocation[Self.old], newWord = invocation[Self.new]
        var dataset = try invocation.dataset(source, in: context)
        let index = try invocation.columnIndex(oldWord.text, at: oldWord, in: dataset)
        let oldName = dataset.columns[index].name
        let newName = newWord.text
        guard !newName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw invocation.error(Words.emptyColumnName, at: newWord)
        }
        if let clash = dataset.columns.firstIndex(where: { $0.name.lowercased() == newName.lowercased() }),
           clash != index {
            let name = dataset.columns[clash].name
            throw invocation.error(Words.columnExistsAlready(name, in: dataset.name), at: newWord)
        }
        dataset.renameColumn(at: index, to: newName)
        try context.workspace.put(dataset, replacing: true)
        return .message(context.say(Words.columnRenamed(oldName, newName, in: dataset.name)),
                        [("dataset", .string(dataset.name)), ("from", .string(oldName)), ("to", .string(newName))])
    }
}
