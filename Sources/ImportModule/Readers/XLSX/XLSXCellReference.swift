import RapportCore

/// A cell reference such as `B7` or `AA12`: a column (counting from 0) and a row (counting from 1).
struct XLSXCellReference: Equatable {
    /// The column, counting from 0 (`A` is 0, `Z` 25, `AA` 26).
    let column: Int
    /// The row, counting from 1; nil when the reference names only a column.
    let row: Int?
    /// The rows a sheet can have (Excel's limit).
    static let rows = 1...1_048_576

    /// The reference to a column and row.
    init(column: Int, row: Int?) {
        self.column = column
        self.row = row
    }

    /// The reference spelled by `text`, nil when it is not letters followed by digits, or is beyond Excel's
    /// column XFD or row 1,048,576.
    init?(_ text: String) {
        var column = 0
        var letters = 0
        var digits = ""
        for character in text {
            if digits.isEmpty, let letter = character.asciiValue, (65...90).contains(letter & ~0x20) {
                column = column * 26 + Int((letter & ~0x20) - 64)
                letters += 1
                guard letters <= 3 else { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard letters > 0, column <= 16_384 else { return nil }
        if digits.isEmpty {
            row = nil
        } else {
            guard let number = Int(digits), Self.rows.contains(number) else { return nil }
            row = number
        }
        self.column = column - 1
    }

    /// The reference in A1 style, such as `AA12`.
    var name: String {
        ColumnLetters.of(column) + (row.map(String.init) ?? "")
    }
}
