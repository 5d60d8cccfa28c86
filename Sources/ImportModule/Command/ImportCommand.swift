import Foundation
import RapportCore

/// `import FILE [as NAME] [--replace] [--delimiter C] [--decimal C] [--preset auto|none|NAME] [--encoding NAME]
/// [--skip-bad-rows]`: reads a CSV file into the workspace and maps its columns to roles.
enum ImportCommand {
    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "import", module: "import", summary: Words.importSummary,
        examples: ["import posts.csv", "import export.csv as posts --replace", "import daten.csv --delimiter ; --decimal ,"],
        positionals: [Positional("FILE", .file)],
        flags: [Flag(switch: "replace", Words.importReplaceFlag),
                Flag("delimiter", .choice([",", ";", "tab", "|"]), valueName: "C", Words.importDelimiterFlag),
                Flag("decimal", .choice([".", ","]), valueName: "C", Words.importDecimalFlag),
                Flag("preset", .choice(["auto"] + PresetCatalogue.names), valueName: "NAME", Words.importPresetFlag)]
            + ImportReadingFlags.flags,
        clauses: [.as]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        guard let file = invocation.positional(0) else { throw RapportError(Words.importSummary) }
        var options = CSVOptions(checkpoint: { try context.checkInterrupted() })
        if let word = invocation.value("delimiter") {
            guard let delimiter = delimiter(word.text) else {
                throw invocation.error(Words.badDelimiter(word.text), at: word)
            }
            options.delimiter = delimiter
        }
        if let word = invocation.value("decimal") {
            switch word.text {
            case ".": options.numberFormat = .point
            case ",": options.numberFormat = .comma
            default: throw invocation.error(Words.badDecimal(word.text), at: word)
            }
        }
        try ImportReadingFlags.apply(invocation, in: context, to: &options)
        let table = try readTable(file.text, options: options)
        let name = invocation.asName?.text ?? DatasetName.from(((file.text as NSString).lastPathComponent as NSString).deletingPathExtension)
        guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: invocation.asName ?? file) }
        var dataset = Dataset(name: name, columns: table.columns, kind: nil, source: file.text)
        let presetName = invocation.value("preset")?.text ?? "auto"
        let preset = presetName == "auto" ? PresetCatalogue.detect(columnNames: dataset.columnNames) : PresetCatalogue.named(presetName)
        let mapping = preset?.apply(to: &dataset) ?? []
        try context.workspace.put(dataset, replacing: invocation.isSet("replace"))
        let displayFile = (file.text as NSString).lastPathComponent
        var text = Words.imported(rows: table.rowCount, columns: table.columns.count, file: displayFile, name: name)
            .text(context.language)
        if let preset, !mapping.isEmpty {
            text += "\n" + Words.presetApplied(preset.name, roles: mapping.count, dataset: name).text(context.language)
        } else if presetName == "auto" {
            text += "\n" + Words.noPresetRecognised(name).text(context.language)
        }
        for note in ImportReadingFlags.notes(on: table) { text += "\n" + note.text(context.language) }
        let types: [JSONValue] = table.columns.map {
            .object([("name", .string($0.name)), ("type", .string($0.type.rawValue))])
        }
        let result = CommandResult.message(text, [("rows", .integer(Int64(table.rowCount))),
                                                  ("columns", .integer(Int64(table.columns.count))),
                                                  ("name", .string(name)), ("types", .array(types)),
                                                  ("preset", preset.map { .string($0.name) } ?? .null),
                                                  ("kind", dataset.kind.map(JSONValue.string) ?? .null),
                                                  ("roles", .array(mapping.map(JSONValue.string)))]
                                                 + ImportReadingFlags.fields(of: table))
        return table.renamedColumns.isEmpty ? result : result.warning(Words.renamedColumns(table.renamedColumns))
    }

    /// The file's rows as typed columns: JSON and NDJSON by their extension, everything else as CSV.
    static func readTable(_ path: String, options: CSVOptions) throws -> CSVTable {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard ["json", "ndjson", "jsonl"].contains(fileExtension) else { return try CSVReader.read(file: path, options: options) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RapportError(Words.cannotRead(path, String(cString: strerror(errno))))
        }
        let read = try JSONTableReader.read(bytes: [UInt8](data), fileName: path, lines: fileExtension != "json")
        return CSVTable(columns: read.columns, rowCount: read.columns.first?.count ?? 0, delimiter: UInt8(ascii: ","),
                        numberFormat: .point, renamedColumns: [])
    }

    /// The delimiter byte a `--delimiter` value names.
    static func delimiter(_ text: String) -> UInt8? {
        if text == "tab" || text == "\\t" || text == "\t" { return UInt8(ascii: "\t") }
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] != UInt8(ascii: "\""), bytes[0] != UInt8(ascii: "\n") else { return nil }
        return bytes[0]
    }
}
