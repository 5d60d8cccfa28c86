/// Lays out a table as aligned text that fits a width: numbers right-aligned, long text clipped with … (`~` in
/// plain ASCII), columns that do not fit left out and counted. Control characters in cells and names (a tab, a line
/// break, ESC) show as visible escapes (`TerminalText`), so they neither break the alignment nor reach the terminal.
public struct TableRenderer {
    /// How cells are written.
    public let formatter: CellFormatter
    /// The width the table must fit; nil when it is never clipped (output into a file or a program).
    public let width: Int?
    /// Blanks between columns.
    public let gap: Int

    /// At most this many columns are shown, if set.
    public let maxColumns: Int?
    /// Whether the rule and the clipping mark may be Unicode (`─`, `…`) rather than ASCII (`-`, `~`).
    public let unicode: Bool

    /// A renderer for a formatter and width (nil: every column and cell whole), with `gap` spaces between columns
    /// and at most `maxColumns` of them.
    public init(formatter: CellFormatter, width: Int?, gap: Int = 2, maxColumns: Int? = nil, unicode: Bool = true) {
        self.formatter = formatter
        self.unicode = unicode
        self.width = width.map { max(20, $0) }
        self.gap = gap
        self.maxColumns = maxColumns
    }

    /// The lines of the table for the given rows, with a header and a rule; `bold` styles the header.
    public func lines(_ dataset: Dataset, rows: Range<Int>, bold: (String) -> String = { $0 }) -> (lines: [String], hiddenColumns: Int) {
        let columns = dataset.columns
        guard !columns.isEmpty else { return ([], 0) }
        var cells: [[String]] = columns.map { column in
            rows.map { TerminalText.visible(formatter.text(column.data[$0], role: column.role)) }
        }
        let names = columns.map { TerminalText.visible($0.name) }
        var widths = columns.indices.map { index in
            max(displayWidth(names[index]), cells[index].map(displayWidth).max() ?? 0)
        }
        let minimum = 6
        var shown = min(columns.count, max(1, maxColumns ?? columns.count))
        func total(_ count: Int) -> Int { widths.prefix(count).reduce(0, +) + gap * max(0, count - 1) }
        if let width, total(shown) > width {
            let textual = columns.indices.filter { columns[$0].type == .text }
            var excess = total(shown) - width
            for index in textual.sorted(by: { widths[$0] > widths[$1] }) where excess > 0 {
                let cut = min(excess, max(0, widths[index] - max(minimum, min(displayWidth(names[index]), 12))))
                widths[index] -= cut
                excess -= cut
            }
            while shown > 1 && total(shown) > width { shown -= 1 }
        }
        let numeric = columns.map { [.integer, .decimal].contains($0.type) }
        var output: [String] = []
        let header = (0..<shown).map { pad(clip(names[$0], widths[$0]), widths[$0], right: numeric[$0]) }
        output.append(bold(trimTrailing(header.joined(separator: String(repeating: " ", count: gap)))))
        output.append((0..<shown).map { String(repeating: unicode ? "─" : "-", count: widths[$0]) }
            .joined(separator: String(repeating: " ", count: gap)))
        for row in 0..<rows.count {
            let line = (0..<shown).map { pad(clip(cells[$0][row], widths[$0]), widths[$0], right: numeric[$0]) }
            output.append(trimTrailing(line.joined(separator: String(repeating: " ", count: gap))))
        }
        cells.removeAll()
        return (output, columns.count - shown)
    }

    /// The text clipped to a display width, ending in … when cut.
    public func clip(_ text: String, _ limit: Int) -> String {
        guard displayWidth(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = TableRenderer.width(of: character)
            if used + characterWidth > limit - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + (unicode ? "…" : "~")
    }

    private func pad(_ text: String, _ size: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, size - displayWidth(text)))
        return right ? fill + text : text + fill
    }

    private func trimTrailing(_ text: String) -> String {
        var copy = text
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// How many terminal columns a text takes (wide East Asian characters and emoji count two).
    public func displayWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + TableRenderer.width(of: $1) }
    }

    /// The terminal columns one character takes.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x1100 { return 1 }
        if scalar.properties.isEmojiPresentation { return 2 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }
}
