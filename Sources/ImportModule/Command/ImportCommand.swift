import Foundation
import RapportCore

/// `import FILE [as NAME] [--replace] [--type FORMAT] [--sheet NAME] [--delimiter C] [--decimal C] [--preset auto|none|NAME]
/// [--encoding NAME] [--skip-bad-rows] [--append NAME [--dedupe-on COLUMN]]`: reads a CSV, TSV, JSON, NDJSON or XLSX
/// file into the workspace and maps its columns to roles.
enum ImportCommand {
    /// The file to read.
    static let file = Positional("FILE", .file)
    /// `--delimiter C`: the field separator.
    static let delimiter = Flag("delimiter", .choice([",", ";", "tab", "|"]), valueName: "C", Words.importDelimiterFlag)
    /// `--decimal C`: the decimal mark.
    static let decimal = Flag("decimal", .choice([".", ","]), valueName: "C", Words.importDecimalFlag)
    /// `--preset auto|NAME`: the column mapping.
    static let preset = Flag("preset", .choice(["auto"] + PresetCatalogue.names), valueName: "NAME",
                             Words.importPresetFlag)
    /// `--type FORMAT`: the file's format, whatever its extension.
    static let format = Flag("type", .choice(ImportFormat.self), valueName: "FORMAT", Words.importTypeFlag)
    /// `--sheet NAME`: the workbook sheet.
    static let sheet = Flag("sheet", .text, valueName: "NAME", Words.importSheetFlag)
    /// `--append NAME`: the dataset the rows are stacked under.
    static let appending = Flag("append", .dataset, valueName: "NAME", Words.importAppendFlag)
    /// `--dedupe-on COLUMN`: the key that replaces rows already appended.
    static let dedupeOn = Flag("dedupe-on", .column, valueName: "COLUMN", Words.importDedupeFlag)

    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "import", module: "import", summary: Words.importSummary,
        examples: ["import posts.csv", "import export.csv as posts --replace",
                   "import daten.csv --delimiter ';' --decimal ,",
                   "import insights.xlsx --sheet Posts", "import march.csv --append posts --dedupe-on post_id"],
        positionals: [file],
        flags: [Switch.replace, delimiter, decimal, preset, format, sheet, appending, dedupeOn]
            + ImportReadingFlags.flags,
        clauses: [.as]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let file = invocation[Self.file]
        try checkAppendFlags(invocation)
        var options = CSVOptions(checkpoint: { try context.checkInterrupted() }, progress: context.progress)
        if let word = invocation[Self.delimiter] {
            guard let delimiter = delimiter(word.text) else {
                throw invocation.error(Words.badDelimiter(word.text), at: word)
            }
            options.delimiter = delimiter
        }
        if let word = invocation[Self.decimal] {
            switch word.text {
            case ".": options.numberFormat = .point
            case ",": options.numberFormat = .comma
            default: throw invocation.error(Words.badDecimal(word.text), at: word)
            }
        }
        try ImportReadingFlags.apply(invocation, in: context, to: &options)
        let format = try invocation[Self.format] ?? ImportFormat.detect(path: file.text)
        let sheet = invocation[Self.sheet]
        if let sheet, format != .xlsx { throw invocation.error(Words.sheetNeedsWorkbook(format.rawValue), at: sheet) }
        context.progress.begin(Words.progressImporting((file.text as NSString).lastPathComponent),
                               unit: format.countsBytes ? .bytes : .none)
        let table = try format.read(file.text, sheet: sheet?.text, options: options)
        try ImportReadingFlags.checkStrict(invocation, table)
        // Hashed once the reading is done, so the two do not compete for the cores; the result does not wait for it.
        let fingerprint = FileFingerprint(file.text)
        if invocation[Self.appending] != nil { return try append(table, file: fingerprint, invocation, in: context) }
        let name = invocation.asName?.text ?? DatasetName.from(((file.text as NSString).lastPathComponent as NSString).deletingPathExtension)
        guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: invocation.asName ?? file) }
        var dataset = Dataset(name: name, columns: table.columns)
        let presetName = invocation[Self.preset]?.text ?? "auto"
        let preset = presetName == "auto" ? PresetCatalogue.detect(columnNames: dataset.columnNames) : PresetCatalogue.named(presetName)
        let mapping = preset?.apply(to: &dataset) ?? []
        let kindFromPreset = dataset.kind != nil
        let guessed = presetName == Preset.none.name ? [] : RoleGuess.apply(to: &dataset)
        let record = SourceFile.found(preset: mapping.isEmpty ? nil : preset?.name,
                                      guessedRoles: guessed.map { GuessedRole(column: $0.column, role: $0.role) },
                                      unreadCells: table.unreadCells)
        try context.workspace.put(dataset, replacing: invocation[Switch.replace], hashing: fingerprint, record: record)
        let displayFile = (file.text as NSString).lastPathComponent
        var text = Words.imported(rows: table.rowCount, columns: table.columns.count, file: displayFile, name: name)
            .text(context.language)
        if let sheet = table.descriptionRowSheet { text += "\n" + Words.xlsxSkippedDescriptionRow(sheet).text(context.language) }
        if let preset, !mapping.isEmpty {
            text += "\n" + Words.presetApplied(preset.name, roles: mapping.count, dataset: name).text(context.language)
        } else if presetName == "auto" && guessed.isEmpty {
            text += "\n" + Words.noPresetRecognised(name).text(context.language)
        }
        if !guessed.isEmpty {
            let kind = kindFromPreset ? nil : dataset.kind
            text += "\n" + Words.rolesGuessed(guessed.map { "\($0.column) → \($0.role)" }, kind: kind, dataset: name)
                .text(context.language)
        }
        for note in ImportReadingFlags.notes(on: table) { text += "\n" + note.text(context.language) }
        let types: [JSONValue] = table.columns.map {
            .object([("name", .string($0.name)), ("type", .string($0.type.rawValue))])
        }
        let result = CommandResult.message(text, [("rows", .integer(Int64(table.rowCount))),
                                                  ("columns", .integer(Int64(table.columns.count))),
                                                  ("name", .string(name)), ("types", .array(types)),
                                                  ("preset", preset.map { .string($0.name) } ?? .null),
                                                  ("kind", dataset.kind.map { .string($0.rawValue) } ?? .null),
                                                  ("roles", .array(mapping.map(JSONValue.string))),
                                                  ("guessed_roles", .array(guessed.map {
                                                      .object([("column", .string($0.column)),
                                                               ("role", .string($0.role.rawValue))])
                                                  }))]
                                                 + ImportReadingFlags.fields(of: table))
        let warned = ImportReadingFlags.warnings(on: table).reduce(result) { $0.warning($1) }
        return table.renamedColumns.isEmpty ? warned : warned.warning(Words.renamedColumns(table.renamedColumns))
    }

    /// The delimiter byte a `--delimiter` value names.
    static func delimiter(_ text: String) -> UInt8? {
        if text == "tab" || text == "\\t" || text == "\t" { return UInt8(ascii: "\t") }
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] != UInt8(ascii: "\""), bytes[0] != UInt8(ascii: "\n") else { return nil }
        return bytes[0]
    }
}
