import RapportCore

/// `datasets`: what the workspace holds, with rows, columns, kind and size on disk.
enum DatasetsCommand {
    static let command = BuiltinCommand(CommandSpec(
        name: "datasets", module: "workspace", summary: Words.datasetsSummary, examples: ["datasets"], isLogged: false
    )) { _, context in
        let entries = context.workspace.entries
        guard !entries.isEmpty else {
            return CommandResult(blocks: [.text(context.say(Words.noDatasets))], json: TableJSON.value(of: table(entries, sizes: [], .en)))
        }
        let sizes = entries.map { context.workspace.sizeOnDisk(of: $0) }
        return .table(in: context.language) { table(entries, sizes: sizes, $0) }
    }

    /// Where a dataset came from: the command line that stored it, or for a finding told in a sentence (a comparison)
    /// the command's name and the sentence in the language.
    private static func source(of entry: DatasetEntry, _ language: Language) -> String? {
        guard let origin = entry.origin else { return nil }
        guard let sentence = origin.finding?.sentence else { return origin.command }
        return (origin.commandName ?? origin.command ?? "") + ": " + sentence.text(language)
    }

    /// The listing with its headers in a language; `sizes` are the files' sizes on disk, in the entries' order.
    private static func table(_ entries: [DatasetEntry], sizes: [Int?], _ language: Language) -> Dataset {
        Dataset(name: "datasets", columns: [
            .text(Words.nameColumn.text(language), entries.map(\.name)),
            .integer(Words.rowsColumn.text(language), entries.map { Int64($0.rows) }),
            .integer(Words.columnsColumn.text(language), entries.map { Int64($0.columns.count) }),
            .text(Words.kindColumn.text(language), entries.map(\.kind?.rawValue)),
            .integer(Words.bytesColumn.text(language), sizes.map { $0.map(Int64.init) }),
            .text(Words.sourceColumn.text(language), entries.map { source(of: $0, language) }),
        ])
    }
}

/// Messages and column names of `datasets`.
extension Words {
    /// One line on `datasets`.
    public static let datasetsSummary = Message(en: "list the datasets in the workspace", de: "Datensätze im Arbeitsbereich auflisten")
    /// What `datasets` says about an empty workspace.
    public static let noDatasets = Message(en: "the workspace holds no datasets yet (import FILE adds one)",
                                           de: "der Arbeitsbereich enthält noch keine Datensätze (import DATEI fügt einen hinzu)")
    /// The listing's column of dataset names.
    public static let nameColumn = Message(en: "name", de: "Name")
    /// The listing's column of row counts.
    public static let rowsColumn = Message(en: "rows", de: "Zeilen")
    /// The listing's column of column counts.
    public static let columnsColumn = Message(en: "columns", de: "Spalten")
    /// The listing's column of dataset kinds.
    public static let kindColumn = Message(en: "kind", de: "Art")
    /// The listing's column of file sizes.
    public static let bytesColumn = Message(en: "bytes", de: "Bytes")
    /// The listing's column of the command that made each dataset.
    public static let sourceColumn = Message(en: "source", de: "Quelle")
}
