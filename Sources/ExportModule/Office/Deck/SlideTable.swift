/// A compact table for a slide: a header and rows of texts already formatted for reading, numbers right-aligned.
struct SlideTable {
    /// The most rows shown; beyond them the last shown row says how many more there are.
    static let maximumRows = 8

    /// The column headers.
    var header: [String]
    /// The rows, each with one text per column (missing cells are empty, extra ones left out).
    var rows: [[String]]
    /// Which columns are right-aligned; nil right-aligns the columns whose every cell reads as a number.
    var rightAligned: [Bool]?

    /// A table of a header, rows and, optionally, which columns are right-aligned.
    init(header: [String], rows: [[String]], rightAligned: [Bool]? = nil) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The cell at a row and column, empty where the row is short.
    func cell(_ row: Int, _ column: Int) -> String {
        rows.indices.contains(row) && rows[row].indices.contains(column) ? rows[row][column] : ""
    }

    /// Whether a column is right-aligned: as given, else when every non-empty cell reads as a number (digits with
    /// signs, separators, `%`, `<`, `–` and blanks).
    func isRightAligned(_ column: Int) -> Bool {
        if let rightAligned { return rightAligned.indices.contains(column) && rightAligned[column] }
        let cells = rows.indices.map { cell($0, column) }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { text in
            text.contains { $0.isNumber }
                && text.allSatisfy { $0.isNumber || " .,%<>≤≥+-−–'\u{00A0}\u{202F}".contains($0) }
        }
    }
}
