/// Spreadsheet column names: the letters of a 0-based column index, as in A1 references.
public enum ColumnLetters {
    /// The letters of a 0-based column index: 0 is `A`, 25 `Z`, 26 `AA`, 701 `ZZ`, 702 `AAA`.
    public static func of(_ index: Int) -> String {
        var letters = ""
        var rest = max(index, 0) + 1
        while rest > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}
