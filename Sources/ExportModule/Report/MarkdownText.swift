/// Text from data made safe to place in Markdown: it shows as typed and never becomes markup, a link or raw HTML.
enum MarkdownText {
    /// Characters that Markdown reads as markup; each is written with a backslash before it.
    private static let marked: Set<Character> = ["\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "(", ")", "{", "}"]

    /// The text on one line, with HTML's special characters as character references and markup characters escaped;
    /// a leading `-`, `+` or `=` and a number followed by `.` at the start are escaped so no list or heading begins.
    static func escaped(_ text: String) -> String {
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
        if let first = result.first, "-+=".contains(first) { result = "\\" + result }
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, result.dropFirst(digits.count).first == "." {
            result = digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }
}
