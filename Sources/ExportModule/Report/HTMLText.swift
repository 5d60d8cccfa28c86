/// Text from data made safe to place in HTML or SVG, as element content or inside a quoted attribute.
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` written as character references, so it always shows as text.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
