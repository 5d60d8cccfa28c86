/// The typed values of a column together with which of them are missing.
public enum ColumnData: Sendable, Equatable {
    case integer([Int64], MissingMask)
    case decimal([Double], MissingMask)
    case boolean([Bool], MissingMask)
    /// Seconds since 1970-01-01T00:00:00Z.
    case time([Int64], MissingMask)
    case text(TextValues, MissingMask)

    /// The column's type.
    public var type: ColumnType {
        switch self {
        case .integer: return .integer
        case .decimal: return .decimal
        case .boolean: return .boolean
        case .time: return .time
        case .text: return .text
        }
    }

    /// The number of rows.
    public var count: Int {
        switch self {
        case .integer(let values, _), .time(let values, _): return values.count
        case .decimal(let values, _): return values.count
        case .boolean(let values, _): return values.count
        case .text(let values, _): return values.count
        }
    }

    /// Which rows are missing.
    public var missing: MissingMask {
        switch self {
        case .integer(_, let mask), .decimal(_, let mask), .boolean(_, let mask),
             .time(_, let mask), .text(_, let mask):
            return mask
        }
    }

    /// The value of one row.
    public subscript(row: Int) -> Cell {
        if missing.isMissing(row) { return .missing }
        switch self {
        case .integer(let values, _): return .integer(values[row])
        case .decimal(let values, _): return .decimal(values[row])
        case .boolean(let values, _): return .boolean(values[row])
        case .time(let values, _): return .time(values[row])
        case .text(let values, _): return .text(values[row])
        }
    }

    /// The values of the given rows, in that order.
    public func gathering(_ rows: [Int]) -> ColumnData {
        let mask = missing.gathering(rows)
        switch self {
        case .integer(let values, _): return .integer(rows.map { values[$0] }, mask)
        case .decimal(let values, _): return .decimal(rows.map { values[$0] }, mask)
        case .boolean(let values, _): return .boolean(rows.map { values[$0] }, mask)
        case .time(let values, _): return .time(rows.map { values[$0] }, mask)
        case .text(let values, _): return .text(values.gathering(rows), mask)
        }
    }

    /// Column values built from cells of one type; cells of another type count as missing.
    public static func from(cells: [Cell], as type: ColumnType) -> ColumnData {
        var mask = MissingMask()
        for (row, cell) in cells.enumerated() where cell.isMissing { mask.markMissing(row) }
        switch type {
        case .integer:
            return .integer(cells.enumerated().map { row, cell in
                if case .integer(let v) = cell { return v }
                mask.markMissing(row); return 0
            }, mask)
        case .decimal:
            return .decimal(cells.enumerated().map { row, cell in
                if let v = cell.number { return v }
                mask.markMissing(row); return 0
            }, mask)
        case .boolean:
            return .boolean(cells.enumerated().map { row, cell in
                if case .boolean(let v) = cell { return v }
                mask.markMissing(row); return false
            }, mask)
        case .time:
            return .time(cells.enumerated().map { row, cell in
                if case .time(let v) = cell { return v }
                mask.markMissing(row); return 0
            }, mask)
        case .text:
            return .text(TextValues(encoding: cells.enumerated().map { row, cell in
                if case .text(let v) = cell { return v }
                mask.markMissing(row); return ""
            }), mask)
        }
    }
}
