/// Text from data made safe to place in Markdown: it shows as typed and never becomes markup, a link or raw HTML.
public enum MarkdownText {
    /// Characters that Markdown reads as markup; each is written with a backslash before it.
    private static let marked: Set<Character> = ["\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "(", ")", "{", "}"]

    /// The text on one line, for the inside of a line (a table cell, after a heading's `#`): HTML's special
    /// characters as character references, markup characters escaped, line breaks as blanks.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r", "\r\n", "\t": result += " "
            default:
                if marked.contains(character) { result += "\\" }
                result.append(character)
            }
        }
        return result
    }

    /// The text as a paragraph of its own: escaped as inside a line, and a leading `-`, `+` or `=` or a leading
    /// number followed by `.` or `)` escaped too, so that no list, heading underline or numbered item begins.
    public static func paragraph(_ text: String) -> String {
        var result = escaped(text)
        if let first = result.first, "-+=".contains(first) { result = "\\" + result }
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
            result = digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }
}
