import Foundation
import RapportCore

/// How `convert` turns a column's values into another type, cell by cell, and which cells it could not read.
///
/// Text is read by the import's rules (`NumberText` for numbers, `BooleanParser`, `TimeParser` or a `TimeFormat` for
/// times, wall-clock times in the timezone setting); blank text and `-` are missing, not failures. Numbers become
/// times and times numbers as Unix seconds; a decimal becomes a whole number or a time only when it is whole, and a
/// number true or false only when it is 1 or 0. Every value becomes text as `CellText` writes it.
struct ColumnConversion {
    /// A cell that could not be read: its row (counting from 0) and its value as text.
    struct Failure: Equatable {
        /// The row, counting from 0.
        let row: Int
        /// The value as it stood.
        let value: String
    }

    /// The converted values; failed cells are missing.
    let data: ColumnData
    /// Every cell that could not be read, in row order.
    let failures: [Failure]

    /// Whether a column of type `from` can become one of type `to` at all.
    static func converts(_ from: ColumnType, to: ColumnType) -> Bool {
        switch (from, to) {
        case (.boolean, .time), (.time, .boolean): return false
        default: return true
        }
    }

    /// The column's values as type `type`; `format` reads text into times.
    init(_ data: ColumnData, to type: ColumnType, format: TimeFormat?, localTime: LocalTime) {
        let convert = Self.converter(for: data, to: type, format: format, localTime: localTime)
        var cells = [Cell](repeating: .missing, count: data.count)
        var failures: [Failure] = []
        for row in 0..<data.count {
            let cell = data[row]
            guard !cell.isMissing else { continue }
            if let converted = convert(cell) {
                cells[row] = converted
            } else {
                failures.append(Failure(row: row, value: CellText.text(cell, localTime: localTime) ?? ""))
            }
        }
        self.data = .from(cells: cells, as: type)
        self.failures = failures
    }

    /// How one present cell becomes a cell of `type`: `.missing` for blank text, nil when it cannot be read.
    private static func converter(for data: ColumnData, to type: ColumnType, format: TimeFormat?,
                                  localTime: LocalTime) -> (Cell) -> Cell? {
        if type == .text { return { CellText.text($0, localTime: localTime).map(Cell.text) } }
        if case .text(let texts, _) = data {
            let numbers = NumberText(votingWith: texts.pool)
            return { cell in
                guard case .text(let text) = cell else { return nil }
                if NumberText.isMissing(text) { return .missing }
                return readText(text, as: type, numbers: numbers, format: format, localTime: localTime)
            }
        }
        return { cell in
            switch (cell, type) {
            case (.integer(let value), .decimal): return .decimal(Double(value))
            case (.integer(let value), .boolean): return value == 0 || value == 1 ? .boolean(value == 1) : nil
            case (.integer(let value), .time), (.time(let value), .integer):
                return ISOTime.fourDigitYears.contains(value) ? (type == .time ? .time(value) : .integer(value)) : nil
            case (.decimal(let value), .integer): return Int64(exactly: value).map(Cell.integer)
            case (.decimal(let value), .boolean): return value == 0 || value == 1 ? .boolean(value == 1) : nil
            case (.decimal(let value), .time):
                return Int64(exactly: value).flatMap { ISOTime.fourDigitYears.contains($0) ? .time($0) : nil }
            case (.boolean(let value), .integer): return .integer(value ? 1 : 0)
            case (.boolean(let value), .decimal): return .decimal(value ? 1 : 0)
            case (.time(let value), .decimal): return .decimal(Double(value))
            default: return cell
            }
        }
    }

    /// A text read as a value of `type`, or nil.
    private static func readText(_ text: String, as type: ColumnType, numbers: NumberText, format: TimeFormat?,
                                 localTime: LocalTime) -> Cell? {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .integer: return numbers.integer(trimmed).map(Cell.integer)
        case .decimal: return numbers.value(trimmed).map(Cell.decimal)
        case .boolean: return trimmed.withUTF8 { BooleanParser.parse($0) }.map(Cell.boolean)
        case .time:
            let parsed = format.map { $0.parse(trimmed) } ?? trimmed.withUTF8 { TimeParser.parse($0) }
            return parsed.map { .time($0.hasOffset ? $0.seconds : localTime.moment(ofLocal: $0.seconds)) }
        case .text: return .text(text)
        }
    }
}
