import Foundation

/// The period of every instant of a time column in a zone, computed in one pass without Foundation per row:
/// the zone's offsets are read once (`ZoneOffsets`), and a calendar period's index is looked up per local day
/// (and so the weekday) in a table made for the days the instants cover.
public struct PeriodValues: Sendable {
    /// What the values are.
    public let unit: PeriodUnit
    /// Per row: the calendar period's index, the weekday or the hour; 0 on missing rows.
    public let values: [Int64]
    /// The rows without an instant, as the time column has them.
    public let missing: MissingMask
    /// The smallest and largest value of the rows that have one; nil when every row is missing.
    public let range: ClosedRange<Int64>?

    /// The periods of instants (seconds since 1970, UTC) in a zone; missing rows stay missing.
    public init(_ unit: PeriodUnit, of instants: [Int64], missing: MissingMask, timeZone: TimeZone) {
        self.unit = unit
        self.missing = missing
        var earliest = Int64.max, latest = Int64.min
        for row in instants.indices where !missing.isMissing(row) {
            earliest = min(earliest, instants[row])
            latest = max(latest, instants[row])
        }
        guard earliest <= latest else {
            values = [Int64](repeating: 0, count: instants.count)
            range = nil
            return
        }
        let zone = ZoneOffsets(timeZone: timeZone, covering: earliest...latest)
        let days = DayValues(unit, covering: earliest...latest, rows: instants.count)
        var lowest = Int64.max, highest = Int64.min
        let checksMissing = missing.hasAny
        values = [Int64](unsafeUninitializedCapacity: instants.count) { buffer, initialized in
            for row in instants.indices {
                if checksMissing && missing.isMissing(row) {
                    buffer[row] = 0
                    continue
                }
                let value = days.value(ofLocal: zone.local(instants[row]))
                buffer[row] = value
                lowest = min(lowest, value)
                highest = max(highest, value)
            }
            initialized = instants.count
        }
        range = lowest...highest
    }

    /// The distinct values of the rows that have one, ascending.
    public func distinctValues() -> [Int64] {
        guard let range else { return [] }
        if let width = denseWidth(range) {
            var seen = [Bool](repeating: false, count: width)
            for row in values.indices where !missing.isMissing(row) { seen[Int(values[row] - range.lowerBound)] = true }
            return seen.indices.filter { seen[$0] }.map { range.lowerBound + Int64($0) }
        }
        var distinct = Set<Int64>()
        for row in values.indices where !missing.isMissing(row) { distinct.insert(values[row]) }
        return distinct.sorted()
    }

    /// The values as a column: calendar periods as their labels, dictionary-encoded in order of time;
    /// weekday and hour as integers.
    public func columnData() -> ColumnData {
        guard let period = unit.calendarPeriod else { return .integer(values, missing) }
        let distinct = distinctValues()
        let pool = distinct.isEmpty ? [""] : distinct.map { period.label(ofIndex: $0) }
        var codes = [UInt32](repeating: 0, count: values.count)
        if let range, let width = denseWidth(range) {
            var codeOfOffset = [UInt32](repeating: 0, count: width)
            for (code, value) in distinct.enumerated() { codeOfOffset[Int(value - range.lowerBound)] = UInt32(code) }
            for row in values.indices where !missing.isMissing(row) {
                codes[row] = codeOfOffset[Int(values[row] - range.lowerBound)]
            }
        } else {
            var codeOfValue: [Int64: UInt32] = [:]
            for (code, value) in distinct.enumerated() { codeOfValue[value] = UInt32(code) }
            for row in values.indices where !missing.isMissing(row) { codes[row] = codeOfValue[values[row]] ?? 0 }
        }
        return .text(TextValues(pool: pool, codes: codes), missing)
    }

    /// The number of values in a range when a table of that many entries is small enough to index by value.
    private func denseWidth(_ range: ClosedRange<Int64>) -> Int? {
        let width = range.upperBound - range.lowerBound
        return width < Int64(max(values.count, 1 << 16)) ? Int(width) + 1 : nil
    }
}

/// A day-based unit's value per local day, as a table over the days some instants can fall on in any zone, when that is
/// not much longer than the rows it serves; else the value is computed row by row.
private struct DayValues {
    /// The unit.
    let unit: PeriodUnit
    /// The local day `table` begins with.
    let firstDay: Int64
    /// The value of each local day from `firstDay` on; empty for hours and for long spans.
    let table: [Int64]

    /// The table for the local days of instants in `instants` (offsets reach at most 26 hours either way).
    init(_ unit: PeriodUnit, covering instants: ClosedRange<Int64>, rows: Int) {
        self.unit = unit
        firstDay = ISOTime.divideFloor(ZoneOffsets.sum(instants.lowerBound, -26 * 3600), 86_400).0
        let lastDay = ISOTime.divideFloor(ZoneOffsets.sum(instants.upperBound, 26 * 3600), 86_400).0
        guard unit != .hour, lastDay - firstDay < Int64(max(rows, 1 << 12)) else {
            table = []
            return
        }
        table = (firstDay...lastDay).map { unit.value(ofLocalDay: $0, secondOfDay: 0) }
    }

    /// The unit's value of a local reading.
    @inline(__always) func value(ofLocal local: Int64) -> Int64 {
        let day = ISOTime.divideFloor(local, 86_400).0 - firstDay
        if day >= 0 && day < Int64(table.count) { return table[Int(day)] }
        return unit.value(ofLocal: local)
    }
}
