import RapportCore

/// A CSV file read into typed columns, with what was detected along the way.
public struct CSVTable: Sendable {
    /// The columns, in file order, with unique names.
    public var columns: [Column]
    /// The number of records after the header.
    public var rowCount: Int
    /// The sheet whose description row above the header was skipped (workbooks only), nil when none was.
    public var descriptionRowSheet: String? = nil
    /// The delimiter used.
    public var delimiter: UInt8
    /// The number format used.
    public var numberFormat: NumberFormat
    /// Header names that were empty or repeated and got a new name.
    public var renamedColumns: [RenamedColumn]
    /// The character encoding the file was read in.
    public var encoding: TextEncoding = .utf8
    /// The names of columns whose percentages became fractions (`3.5%` → 0.035).
    public var percentColumns: [String] = []
    /// Text columns in which bytes that are not UTF-8 were read as U+FFFD (the file was taken for UTF-8).
    public var repairedColumns: [String] = []
    /// Whether the line after the header held column descriptions and was skipped.
    public var skippedDescriptionLine = false
    /// How many malformed records were skipped (with `skipBadRows`).
    public var skippedRows = 0
    /// The line numbers of the first few skipped records.
    public var skippedLines: [Int] = []
    /// Per column that kept its type, the cells that did not read as it and are missing.
    public var unreadCells: [UnreadCells] = []
    /// The first such cell in the file, for `import --strict`.
    public var firstUnreadCell: UnreadCell? = nil
    /// Per column of a JSON or XLSX table, how many of its texts were `""` or `-` and so read as missing.
    public var missingTexts: [(column: String, count: Int)] = []
}

/// A cell that did not read as its column's type, with its place in the file.
public struct UnreadCell: Sendable {
    /// The column's name.
    public var column: String
    /// The type the column has.
    public var type: ColumnType
    /// The text as it stood.
    public var value: String
    /// Where it is: file, line and column.
    public var position: SourcePosition
}
