/// Text broken into lines that fit a width, by the estimated widths of `TextWidth`.
enum TextWrap {
    /// The lines of a paragraph set at `size` points in a box `width` points wide: broken at spaces (and at line
    /// breaks in the text), a word wider than the box broken between characters.
    static func lines(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
                let candidate = line.isEmpty ? word : line + " " + word
                if TextWidth.points(candidate, size: size, bold: bold) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                for character in word {
                    if !line.isEmpty, TextWidth.points(line + String(character), size: size, bold: bold) > width {
                        lines.append(line)
                        line = ""
                    }
                    line.append(character)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The text cut with `…` so that it fits one line of `width` points (the whole text when it fits).
    static func truncated(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard TextWidth.points(flat, size: size, bold: bold) > width else { return flat }
        var kept = ""
        for character in flat {
            let next = kept + String(character)
            if TextWidth.points(next + "…", size: size, bold: bold) > width { break }
            kept = next
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }
}
