import RapportCore

/// `derive NAME COLUMN = EXPR`: adds a computed column to a dataset (an existing one needs --replace); undo takes it back.
enum DeriveCommand {
    /// The dataset that gets the column.
    static let dataset = Positional("DATASET", .dataset)
    /// The words of `COLUMN = EXPR`, however the spaces split them.
    static let definition = Positional("COLUMN = EXPR", repeating: .text)
    /// `--replace`: an existing column of that name may be replaced.
    static let replace = Switch("replace", Words.replaceColumnFlag)

    static let command = BuiltinCommand(CommandSpec(
        name: "derive", module: "explore", summary: Words.deriveSummary, discussion: Words.deriveDiscussion,
        examples: ["derive posts er = likes / followers", "derive posts `Like share`=likes/`Page total likes`"],
        positionals: [dataset, definition],
        flags: [replace]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        var dataset = try invocation.dataset(source, in: context)
        let (nameWord, expressionWord) = try assignment(in: invocation)
        let values = try invocation.expression(expressionWord).evaluate(on: dataset, timeZone: context.workspace.settings.timeZone)
        var column = Column(name: nameWord.text, data: values)
        if let existing = dataset.columnIndex(named: nameWord.text) {
            guard invocation[Self.replace] else {
                throw invocation.error(Words.columnExists(nameWord.text, in: dataset.name), at: nameWord)
            }
            column.name = dataset.columns[existing].name
            column.role = dataset.columns[existing].role
        }
        dataset.setColumn(column)
        try context.workspace.put(dataset, replacing: true)
        let shown = Dataset(name: dataset.name, columns: [column])
        return DatasetPreview.result(shown, summary: Words.derived(column.name, in: dataset.name, missing: values.missing.count),
                                     in: context)
    }

    /// The column name and the expression of `COLUMN = EXPR`, read from the command line as typed, blanks or not.
    static func assignment(in invocation: Invocation) throws -> (name: Word, expression: Word) {
        let words = invocation[Self.definition]
        guard let first = words.first, let last = words.last else { throw invocation.error(Words.deriveNeedsEquals, at: invocation.end) }
        let characters = Array(invocation.text)
        let lastToken = try Lexer.words(invocation.text).first { $0.offset == last.offset }
        let end = last.offset + (lastToken?.raw.count ?? last.text.count)
        var index = first.offset
        let name: String
        if characters[index] == "`" {
            guard let close = characters[(index + 1)..<end].firstIndex(of: "`") else {
                throw invocation.error(Words.unterminatedQuote("`"), at: first)
            }
            name = String(characters[(index + 1)..<close])
            index = close + 1
        } else {
            while index < end, !characters[index].isWhitespace, characters[index] != "=" { index += 1 }
            name = String(characters[first.offset..<index])
        }
        while index < end, characters[index].isWhitespace { index += 1 }
        guard !name.isEmpty, index < end, characters[index] == "=", index + 1 >= end || characters[index + 1] != "=" else {
            throw invocation.error(Words.deriveNeedsEquals, at: Word("", at: min(index, end)))
        }
        index += 1
        return (Word(name, at: first.offset), Word(String(characters[index..<end]), at: index))
    }
}
