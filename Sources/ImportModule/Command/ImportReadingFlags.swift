import RapportCore

/// The part of `import` that concerns reading CSV text: the `--encoding` and `--skip-bad-rows` flags,
/// the workspace's time zone, and what the import reports about how the file was read.
enum ImportReadingFlags {
    /// `--encoding NAME`: the file's character encoding.
    static let encoding = Flag("encoding", .choice(TextEncoding.self), valueName: "NAME", Words.importEncodingFlag)
    /// `--skip-bad-rows`: malformed rows are skipped and reported.
    static let skipBadRows = Switch("skip-bad-rows", Words.importSkipBadRowsFlag)
    /// `--strict`: a cell that does not read as its column's type stops the import.
    static let strict = Switch("strict", Words.importStrictFlag)
    /// The flags, for the command's spec.
    static let flags: [any FlagDeclaration] = [encoding, skipBadRows, strict]

    /// With `--strict`, refuses a table with a cell that did not read as its column's type, naming the first.
    static func checkStrict(_ invocation: Invocation, _ table: CSVTable) throws {
        guard invocation[Self.strict], let cell = table.firstUnreadCell else { return }
        throw RapportError(Words.strictUnreadCell(cell.value, column: cell.column, type: cell.type), at: cell.position)
    }

    /// Sets in `options` what the flags ask for; times without an offset are read in the `timezone` setting.
    static func apply(_ invocation: Invocation, in context: CommandContext, to options: inout CSVOptions) throws {
        if let encoding = try invocation[Self.encoding] { options.encoding = encoding }
        options.skipBadRows = invocation[Self.skipBadRows]
        options.timeZone = context.workspace.settings.timeZone
    }

    /// Sentences for the import message: an encoding other than UTF-8, percentages read as fractions,
    /// a skipped line of descriptions, skipped malformed rows, and texts `""` and `-` read as missing.
    static func notes(on table: CSVTable) -> [Message] {
        var notes: [Message] = []
        if table.encoding != .utf8 { notes.append(Words.readEncoding(table.encoding.rawValue)) }
        if !table.percentColumns.isEmpty { notes.append(Words.percentColumns(table.percentColumns)) }
        if !table.repairedColumns.isEmpty { notes.append(Words.repairedText(table.repairedColumns)) }
        if table.skippedDescriptionLine { notes.append(Words.descriptionLineSkipped) }
        if table.skippedRows > 0 { notes.append(Words.skippedBadRows(table.skippedRows, lines: table.skippedLines)) }
        if !table.missingTexts.isEmpty { notes.append(Words.missingTexts(table.missingTexts)) }
        return notes
    }

    /// One warning per column whose cells did not all read as its type.
    static func warnings(on table: CSVTable) -> [Message] {
        table.unreadCells.map(Words.unreadCells)
    }

    /// The same facts as JSON fields of the result.
    static func fields(of table: CSVTable) -> [(String, JSONValue)] {
        [("encoding", .string(table.encoding.rawValue)),
         ("percent_columns", .array(table.percentColumns.map(JSONValue.string))),
         ("not_utf8_columns", .array(table.repairedColumns.map(JSONValue.string))),
         ("description_line_skipped", .bool(table.skippedDescriptionLine)),
         ("skipped_rows", .integer(Int64(table.skippedRows))),
         ("skipped_lines", .array(table.skippedLines.map { .integer(Int64($0)) })),
         ("missing_texts", .object(table.missingTexts.map { ($0.column, .integer(Int64($0.count))) })),
         ("unread_cells", .array(table.unreadCells.map { report in
             .object([("column", .string(report.column)), ("type", .string(report.type.rawValue)),
                      ("count", .integer(Int64(report.count))),
                      ("cells", .array(report.cells.map {
                          .object([("line", .integer(Int64($0.line))), ("value", .string($0.value))])
                      }))])
         }))]
    }
}
