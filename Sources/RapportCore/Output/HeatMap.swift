/// A heat map for the terminal: rows × columns of values (a weekday × hour grid of medians, say) drawn as shades
/// (`░▒▓█`) when Unicode may be used, else as the digits 0–9, with the row labels on the left, the column labels above
/// (every second or third one where they would touch) and a legend of the value range each shade stands for.
public struct HeatMap {
    /// The shades from the lowest values to the highest, with Unicode.
    public static let shades: [Character] = ["░", "▒", "▓", "█"]
    /// The marks from the lowest values to the highest, in ASCII.
    public static let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]

    /// Whether shades and the middle dot may be used (else plain ASCII).
    public let unicode: Bool
    /// The width whole lines should fit, in columns: cells are 3 columns wide, or 2 or 1 where that does not fit.
    public let width: Int
    /// The text of a value in the legend, such as `CellFormatter.percent` for rates.
    public let valueText: (Double) -> String

    /// A heat map whose lines fit `width` columns, with values written by `valueText`.
    public init(unicode: Bool, width: Int, valueText: @escaping (Double) -> String) {
        self.unicode = unicode
        self.width = width
        self.valueText = valueText
    }

    /// The marks from the lowest values to the highest.
    var levels: [Character] { unicode ? HeatMap.shades : HeatMap.digits }

    /// The mark of an empty cell.
    var emptyMark: Character { unicode ? "·" : "." }

    /// The map's lines: the title if given, the column labels, one line per row and the legend, whose last entry
    /// explains the empty cells with `emptyNote` (such as "fewer than 5 posts") when there are any.
    /// `values[row][column]` is nil (or not finite) for an empty cell; a row shorter than the columns is empty at its end.
    public func lines(rows: [String], columns: [String], values: [[Double?]], emptyNote: String,
                      title: String? = nil) -> [String] {
        let shown: (String) -> String = { unicode ? $0 : TextMarks.ascii($0) }
        let cells = rows.indices.map { row in
            columns.indices.map { column -> Double? in
                guard row < values.count, column < values[row].count, let value = values[row][column],
                      value.isFinite else { return nil }
                return value
            }
        }
        let present = cells.flatMap { $0.compactMap { $0 } }
        let range = present.min().map { (low: $0, high: present.max() ?? $0) }
        let rowLabels = rows.map(shown), columnLabels = columns.map(shown)
        let labelWidth = rowLabels.map(ChartText.columns).max() ?? 0
        let cellWidth = [3, 2].first { labelWidth + 1 + columns.count * $0 <= width } ?? 1
        var output = title.map { [shown($0)] } ?? []
        output.append(header(columnLabels, cellWidth: cellWidth, indent: labelWidth + 1))
        for (row, label) in rowLabels.enumerated() {
            let marks = cells[row].map { value in
                value.map { mark(level: level(of: $0, range: range), cellWidth: cellWidth) }
                    ?? centred(emptyMark, cellWidth: cellWidth)
            }
            output.append(ChartText.left(label, labelWidth) + " " + marks.joined())
        }
        var entries = legend(range).map(shown)
        if present.count < rows.count * columns.count { entries.append(String(emptyMark) + " " + shown(emptyNote)) }
        output += ChartText.packed(entries, width: width, indent: labelWidth + 1)
        return output.map(ChartText.trimmed)
    }

    /// The level (index into the marks) of a value: the range split into equal parts, the highest value in the top
    /// part; when all values are equal, the top level.
    func level(of value: Double, range: (low: Double, high: Double)?) -> Int {
        guard let range, range.high > range.low else { return levels.count - 1 }
        let share = (value - range.low) / (range.high - range.low)
        return min(levels.count - 1, max(0, Int(share * Double(levels.count))))
    }

    /// The legend's entries, one per level: its mark and the values it stands for (`▒ 1.2 %–2.3 %`); one entry when
    /// all values are equal, none without values.
    private func legend(_ range: (low: Double, high: Double)?) -> [String] {
        guard let range else { return [] }
        guard range.high > range.low else { return [String(levels[levels.count - 1]) + " " + valueText(range.high)] }
        let step = (range.high - range.low) / Double(levels.count)
        return levels.enumerated().map { index, mark in
            let low = range.low + step * Double(index)
            let high = index == levels.count - 1 ? range.high : range.low + step * Double(index + 1)
            return String(mark) + " " + valueText(low) + "–" + valueText(high)
        }
    }

    /// A cell's characters: a shade fills the cell; a digit sits where `centred` puts it.
    private func mark(level: Int, cellWidth: Int) -> String {
        unicode ? String(repeating: levels[level], count: cellWidth) : centred(levels[level], cellWidth: cellWidth)
    }

    /// A mark in a cell: in the middle of 3 columns, first of 2, alone in 1.
    private func centred(_ mark: Character, cellWidth: Int) -> String {
        let before = cellWidth == 3 ? 1 : 0
        let after = cellWidth - before - 1
        return String(repeating: " ", count: before) + String(mark) + String(repeating: " ", count: after)
    }

    /// The line of column labels, each starting over its cell's mark; where labels would touch, only every second (or
    /// third …) is written, always starting with the first; a label running past the line's width is left out.
    private func header(_ labels: [String], cellWidth: Int, indent: Int) -> String {
        let offset = cellWidth == 3 ? 1 : 0
        let widest = labels.map(ChartText.columns).max() ?? 0
        let step = max(1, (widest + 1 + cellWidth - 1) / cellWidth)
        var line = String(repeating: " ", count: indent), used = indent
        for (index, label) in labels.enumerated() where index % step == 0 {
            let start = indent + index * cellWidth + offset, size = ChartText.columns(label)
            guard start >= used, start + size <= max(width, indent + labels.count * cellWidth) else { continue }
            line += String(repeating: " ", count: start - used) + label
            used = start + size
        }
        return line
    }
}
