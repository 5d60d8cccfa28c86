/// Tells whether an Excel number format shows a date or time, so its cells hold serial dates.
enum XLSXDateFormat {
    /// Built-in format ids that show dates or times (14–22 everywhere, 27–36 and 50–58 in East Asian locales, 45–47).
    private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether the format with this id (and custom code, if it has one) is a date or time format.
    static func isDate(id: Int, code: String?) -> Bool {
        guard let code else { return builtInDates.contains(id) }
        return isDate(code: code)
    }

    /// Whether a format code uses date or time letters (d, m, y, h, s) outside quoted text, escapes and colour or
    /// condition brackets; elapsed-time brackets such as `[h]` count as time.
    static func isDate(code: String) -> Bool {
        var characters = code.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let quoted = characters.next(), quoted != "\"" {}
            case "\\", "_", "*":
                _ = characters.next()
            case "[":
                var inside = ""
                while let bracketed = characters.next(), bracketed != "]" { inside.append(bracketed) }
                if !inside.isEmpty, inside.lowercased().allSatisfy({ "hms".contains($0) }) { return true }
            default:
                if "dmyhsDMYHS".contains(character) { return true }
            }
        }
        return false
    }
}
