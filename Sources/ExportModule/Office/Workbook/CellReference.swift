import RapportCore

/// References to cells and ranges of a named sheet as formulas and defined names write them: `'posts'!$A$2:$A$9`.
enum CellReference {
    /// A sheet name quoted for a formula, an apostrophe in it doubled: `'it''s'`.
    static func quoted(_ sheet: String) -> String {
        "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// One cell, absolute: `'posts'!$B$1` for column 1, row 0 (both counted from 0).
    static func cell(_ sheet: String, column: Int, row: Int) -> String {
        quoted(sheet) + "!" + absolute(column: column, row: row)
    }

    /// A rectangle of cells, absolute, from the first to the last cell given (counted from 0).
    static func range(_ sheet: String, column: Int, row: Int, toColumn lastColumn: Int, row lastRow: Int) -> String {
        quoted(sheet) + "!" + absolute(column: column, row: row) + ":" + absolute(column: lastColumn, row: lastRow)
    }

    /// `$B$1` for column 1, row 0.
    static func absolute(column: Int, row: Int) -> String {
        "$" + ColumnLetters.of(column) + "$" + String(row + 1)
    }

    /// `B1` for column 1, row 0.
    static func relative(column: Int, row: Int) -> String {
        ColumnLetters.of(column) + String(row + 1)
    }
}
