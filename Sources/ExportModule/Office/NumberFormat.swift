import Foundation
import RapportCore

/// How a spreadsheet cell or a chart value is shown: the number format code Excel, LibreOffice and charts read.
enum NumberFormat: Equatable {
    /// As the value comes (Excel's General).
    case general
    /// A whole number with thousands separators: `1,234,567`.
    case integer
    /// A number with two decimals and thousands separators.
    case decimal
    /// A fraction as a percentage with one decimal: 0.123 shows as `12.3 %`.
    case percent
    /// A day: `2025-03-01`.
    case date
    /// A day and a time to the minute.
    case dateTime
    /// A day and a time to the second.
    case dateTimeSeconds

    /// The format code (in the file always written the English way; programs show it in their own locale).
    var code: String {
        switch self {
        case .general: return "General"
        case .integer: return "#,##0"
        case .decimal: return "#,##0.00"
        case .percent: return "0.0 %"
        case .date: return "yyyy-mm-dd"
        case .dateTime: return "yyyy-mm-dd hh:mm"
        case .dateTimeSeconds: return "yyyy-mm-dd hh:mm:ss"
        }
    }

    /// The format a column's values are shown in: rates as percentages, counts with thousands separators (not
    /// identifiers or years), times as days when every one is at midnight, else to the minute or second.
    static func of(_ column: Column, timeZone: TimeZone) -> NumberFormat {
        switch column.data {
        case .decimal: return column.role == ColumnRole.rate ? .percent : .general
        case .integer:
            if column.role == ColumnRole.rate { return .percent }
            return isIdentifier(column) ? .general : .integer
        case .time(let values, let missing):
            let localTime = LocalTime(timeZone: timeZone)
            var format = NumberFormat.date
            for row in values.indices where !missing.isMissing(row) {
                let seconds = ISOTime.divideFloor(localTime.local(values[row]), 86_400).1
                if seconds % 60 != 0 { return .dateTimeSeconds }
                if seconds != 0 { format = .dateTime }
            }
            return format
        default: return .general
        }
    }

    /// Whether an integer column names things rather than counts them: an `id`, a `…_id` or a year.
    private static func isIdentifier(_ column: Column) -> Bool {
        [column.name, column.role?.rawValue ?? ""].contains { name in
            let name = name.lowercased()
            return name == "id" || name.hasSuffix("_id") || name == "year" || name == "jahr"
        }
    }
}
