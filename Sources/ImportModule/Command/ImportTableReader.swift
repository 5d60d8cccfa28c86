import RapportCore

/// The import module's reader for other modules (`survey import`): every format `import` reads, told by the file's
/// extension, with import's defaults (times without an offset in the `timezone` setting).
struct ImportTableReader: TableReader {
    /// The file's columns and its record (size and SHA-256, no preset).
    func read(_ path: String, in context: CommandContext) throws -> (columns: [Column], file: SourceFile) {
        var options = CSVOptions(checkpoint: { try context.checkInterrupted() })
        options.timeZone = context.workspace.settings.timeZone
        let fingerprint = FileFingerprint(path)
        let table = try ImportFormat.detect(path: path).read(path, sheet: nil, options: options)
        return (table.columns, try fingerprint.sourceFile(preset: nil))
    }
}
