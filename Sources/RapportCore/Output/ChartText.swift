/// The text layout the terminal charts share: widths in terminal columns, padding and legends packed into lines.
enum ChartText {
    /// How many terminal columns a text takes.
    static func columns(_ text: String) -> Int {
        text.reduce(0) { $0 + TableRenderer.width(of: $1) }
    }

    /// The text with blanks before it so it takes `width` columns (right-aligned); a wider text stays as it is.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - columns(text))) + text
    }

    /// The text with blanks after it so it takes `width` columns (left-aligned); a wider text stays as it is.
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - columns(text)))
    }

    /// The line without blanks at its end.
    static func trimmed(_ line: String) -> String {
        var copy = line
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// Legend entries side by side, two blanks apart, in as many lines of at most `width` columns as they need, each
    /// indented by `indent` columns; an entry wider than a line gets a line of its own.
    static func packed(_ entries: [String], width: Int, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = [], line = ""
        for entry in entries {
            if !line.isEmpty, indent + columns(line) + 2 + columns(entry) > width {
                lines.append(margin + line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + entry
        }
        if !line.isEmpty { lines.append(margin + line) }
        return lines
    }
}
