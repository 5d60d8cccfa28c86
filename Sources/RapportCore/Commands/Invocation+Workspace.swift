/// Helpers of commands that read datasets and columns from the workspace and store results in it.
extension Invocation {
    /// The dataset a word names, or an error pointing at the word.
    public func dataset(_ word: Word, in context: CommandContext) throws -> Dataset {
        do {
            return try context.workspace.dataset(named: word.text)
        } catch let error as RapportError {
            throw self.error(error.message, at: word)
        }
    }

    /// The index of a column (exact name first, then any case), or an error with a suggestion pointing at `word`.
    public func columnIndex(_ name: String, at word: Word, in dataset: Dataset) throws -> Int {
        guard let index = dataset.columnIndex(named: name) else {
            let suggestion = Suggestion.closest(to: name, among: dataset.columnNames)
            throw error(Words.unknownColumn(name, in: dataset.name).suggesting(suggestion), at: word)
        }
        return index
    }

    /// The name a result is stored under: the `as` name, else `fallback`.
    ///
    /// Replacing `source` itself is allowed when the command works in place; any other existing
    /// dataset needs `replacing` (the command's `--replace`).
    public func resultName(fallback: String, source: Word, inPlace: Bool, replacing: Bool,
                           in context: CommandContext) throws -> String {
        let word = asName ?? source
        let name = asName?.text ?? fallback
        guard DatasetName.isValid(name) else { throw error(Words.badDatasetName(name), at: word) }
        let isSource = inPlace && name == source.text
        if context.workspace.contains(name) && !isSource && !replacing {
            throw error(Words.datasetExists(name), at: word)
        }
        return name
    }

    /// The place just after the command line, for errors about something missing at its end.
    public var end: Word { Word("", at: text.count) }
}
