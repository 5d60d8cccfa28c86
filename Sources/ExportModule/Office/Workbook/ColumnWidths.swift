import Foundation
import RapportCore

/// Column widths that fit what the cells show, estimated from the header and the first thousand rows, in
/// spreadsheets' unit (the width of a digit), between 8 and 60.
enum ColumnWidths {
    /// The narrowest and widest column.
    static let bounds = 8...60
    /// Room beside a value, and beside a header for the filter's button.
    static let padding = 2.0, headerPadding = 3.5

    /// The width of each column of `table` shown in `formats`.
    static func of(_ table: Dataset, formats: [NumberFormat]) -> [Int] {
        let sampled = min(table.rowCount, 1000)
        return table.columns.enumerated().map { index, column in
            let format = formats.indices.contains(index) ? formats[index] : .general
            var widest = TextWidth.ems(column.name, bold: true) / TextWidth.digit + headerPadding
            for row in 0..<sampled {
                let cell = column.data[row]
                if case .missing = cell { continue }
                widest = max(widest, TextWidth.ems(shown(cell, format: format)) / TextWidth.digit + padding)
            }
            return min(max(Int(widest.rounded(.up)), bounds.lowerBound), bounds.upperBound)
        }
    }

    /// About the text a spreadsheet shows for a cell in a format (as wide as it, not always the same characters).
    static func shown(_ cell: Cell, format: NumberFormat) -> String {
        switch cell {
        case .missing: return ""
        case .text(let value): return value
        case .boolean: return "FALSCH"
        case .time: return String("0000-00-00 00:00:00".prefix(format == .date ? 10 : format == .dateTime ? 16 : 19))
        case .integer(let value): return number(Double(value), format: format, general: String(value))
        case .decimal(let value): return number(value, format: format, general: String(value.description.prefix(11)))
        }
    }

    /// A number as the format shows it; `general` is how it shows without one.
    private static func number(_ value: Double, format: NumberFormat, general: String) -> String {
        switch format {
        case .percent: return String(format: "%.1f %%", value * 100)
        case .integer: return grouped(String(format: "%.0f", value))
        case .decimal: return grouped(String(format: "%.2f", value))
        default: return general
        }
    }

    /// Digits with a separator after every three from the decimal point leftwards.
    private static func grouped(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(whole.count)
        var digits = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { digits.append(",") }
            digits.append(digit)
        }
        return sign + digits + rest
    }
}
