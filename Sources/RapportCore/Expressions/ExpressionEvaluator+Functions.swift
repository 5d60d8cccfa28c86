import Foundation

extension ExpressionEvaluator {
    /// The values of a function applied to whole argument columns.
    ///
    /// `constant` tells which arguments are literals, so a function of a text column and literals runs once per
    /// distinct text.
    func call(_ function: ExpressionFunction, _ arguments: [ColumnData], constant: [Bool]) -> ColumnData {
        let first = arguments[0]
        switch function {
        case .lower:
            return mapText(first) { $0.lowercased() }
        case .upper:
            return mapText(first) { $0.uppercased() }
        case .trim:
            return mapText(first) { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        case .number:
            return number(first)
        case .text:
            return perRow([first], constant: [false], as: .text) { cells in
                CellText.text(cells[0], localTime: localTime).map(Cell.text) ?? .missing
            }
        case .replace:
            return perRow(arguments, constant: constant, as: .text) { cells in
                let (text, from, to) = (Self.string(cells[0]), Self.string(cells[1]), Self.string(cells[2]))
                return .text(from.isEmpty ? text : text.replacing(from, with: to))
            }
        case .substring:
            return perRow(arguments, constant: constant, as: .text) { cells in
                guard case .integer(let start) = cells[1] else { return .missing }
                var length: Int64?
                if cells.count > 2, case .integer(let given) = cells[2] { length = given }
                return Self.substring(Self.string(cells[0]), start: start, length: length).map(Cell.text) ?? .missing
            }
        case .len:
            guard case .text(let texts, let mask) = first else { preconditionFailure("len takes text") }
            let lengths = texts.pool.map { Int64($0.count) }
            guard let codes = texts.codes else { return .integer(lengths, mask) }
            return .integer(codes.map { lengths[Int($0)] }, mask)
        case .year, .month, .weekday, .hour, .date:
            return timePart(function, first)
        case .abs:
            switch first {
            case .integer(let values, var mask):
                for row in 0..<values.count where values[row] == .min { mask.markMissing(row) }
                return .integer(values.map { $0 == .min ? 0 : Swift.abs($0) }, mask)
            default:
                return .decimal(doubles(first).map { Swift.abs($0) }, first.missing)
            }
        case .round:
            return round(first, digits: arguments.count > 1 ? arguments[1] : nil)
        case .log:
            let values = doubles(first)
            var mask = first.missing
            var result = [Double](repeating: 0, count: values.count)
            for row in 0..<values.count {
                if values[row] > 0 { result[row] = Foundation.log(values[row]) } else { mask.markMissing(row) }
            }
            return .decimal(result, mask)
        case .coalesce:
            let masks = arguments.map(\.missing)
            return select(arguments) { row in masks.firstIndex { !$0.isMissing(row) } }
        case .if, .missing, .regexmatch, .regexextract, .time, .period, .periodStart:
            preconditionFailure("\(function.rawValue) is checked into a node of its own")
        }
    }

    /// A text function applied once per distinct value of an encoded column.
    private func mapText(_ data: ColumnData, _ transform: (String) -> String) -> ColumnData {
        guard case .text(let texts, let mask) = data else { preconditionFailure("text function on non-text") }
        guard let codes = texts.codes else { return .text(TextValues(plain: texts.pool.map(transform)), mask) }
        var builder = PoolBuilder()
        let recode = texts.pool.map { builder.code(transform($0)) }
        return .text(TextValues(pool: builder.pool, codes: codes.map { recode[Int($0)] }), mask)
    }

    /// Year, month (1–12), ISO weekday (1 = Monday), hour (0–23) or the day's local midnight, in the session's zone.
    private func timePart(_ function: ExpressionFunction, _ data: ColumnData) -> ColumnData {
        guard case .time(let times, let mask) = data else { preconditionFailure("time function on non-time") }
        var result = [Int64](repeating: 0, count: times.count)
        for row in 0..<times.count where !mask.isMissing(row) {
            let (days, secondOfDay) = ISOTime.divideFloor(localTime.local(times[row]), 86_400)
            switch function {
            case .year: result[row] = ISOTime.civil(fromDays: days).year
            case .month: result[row] = ISOTime.civil(fromDays: days).month
            case .weekday: result[row] = ISOTime.divideFloor(days + 3, 7).1 + 1
            case .hour: result[row] = secondOfDay / 3600
            default: result[row] = localTime.moment(ofLocal: days * 86_400)
            }
        }
        return function == .date ? .time(result, mask) : .integer(result, mask)
    }

    /// The calendar period of each time in the session's zone: its label (`2025-W10`), or with `start` the moment
    /// it begins there.
    func period(_ data: ColumnData, _ period: CalendarPeriod, start: Bool) -> ColumnData {
        guard case .time(let times, let mask) = data else { preconditionFailure("period of non-time") }
        guard let unit = PeriodUnit(rawValue: period.rawValue) else { preconditionFailure("every period is a unit") }
        let values = PeriodValues(unit, of: times, missing: mask, timeZone: localTime.timeZone)
        guard start else { return values.columnData() }
        let present = times.indices.lazy.filter { !mask.isMissing($0) }.map { times[$0] }
        guard let earliest = present.min(), let latest = present.max() else {
            return .time([Int64](repeating: 0, count: times.count), mask)
        }
        // The table reaches 400 days before the earliest time, so the start of its year is in it.
        let zone = ZoneOffsets(timeZone: localTime.timeZone, covering: earliest...latest)
        var starts: [Int64: Int64] = [:]
        let moments = values.values.indices.map { row -> Int64 in
            guard !mask.isMissing(row) else { return 0 }
            let index = values.values[row]
            if let known = starts[index] { return known }
            let moment = period.start(ofIndex: index, in: zone)
            starts[index] = moment
            return moment
        }
        return .time(moments, mask)
    }

    /// Rounds half away from zero to `digits` places (0 when not given; negative rounds to tens, hundreds …).
    private func round(_ data: ColumnData, digits: ColumnData?) -> ColumnData {
        let values = doubles(data)
        var places = [Int64](repeating: 0, count: values.count)
        var mask = data.missing
        if let digits, case .integer(let given, let digitsMask) = digits {
            places = given
            mask = union(mask, digitsMask)
        }
        var result = [Double](repeating: 0, count: values.count)
        for row in 0..<values.count {
            let place = places[row]
            if place > 15 {
                result[row] = values[row]
            } else {
                let scale = Foundation.pow(10, Double(max(place, -300)))
                result[row] = (values[row] * scale).rounded(.toNearestOrAwayFromZero) / scale
            }
        }
        return decimals(result, mask)
    }

    /// Each row's value out of the source `choose` names for it: missing where it names none or that source is
    /// missing there. Texts keep one pool; whole numbers and decimals mixed become decimals.
    func select(_ sources: [ColumnData], _ choose: (Int) -> Int?) -> ColumnData {
        var mask = MissingMask()
        var chosen = [Int](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            if let source = choose(row), !sources[source].missing.isMissing(row) {
                chosen[row] = source
            } else {
                mask.markMissing(row)
            }
        }
        func pick<T>(_ columns: [[T]]) -> [T] {
            (0..<rowCount).map { columns[chosen[$0]][$0] }
        }
        let sameType = sources.allSatisfy { $0.type == sources[0].type }
        switch sources[0] {
        case .text where sameType:
            var builder = PoolBuilder()
            let coded = sources.map { source -> [UInt32] in
                guard case .text(let texts, _) = source else { preconditionFailure("select of mixed types") }
                let recode = texts.pool.map { builder.code($0) }
                guard let codes = texts.codes else { return recode }
                return codes.map { recode[Int($0)] }
            }
            return .text(TextValues(pool: builder.pool, codes: pick(coded)), mask)
        case .boolean where sameType:
            return .boolean(pick(sources.map { if case .boolean(let v, _) = $0 { return v }; return [] }), mask)
        case .time where sameType:
            return .time(pick(sources.map { if case .time(let v, _) = $0 { return v }; return [] }), mask)
        case .integer where sameType:
            return .integer(pick(sources.map { if case .integer(let v, _) = $0 { return v }; return [] }), mask)
        default:
            return .decimal(pick(sources.map(doubles)), mask)
        }
    }
}

/// Collects distinct strings and hands out their codes, for building dictionary-encoded text.
struct PoolBuilder {
    private(set) var pool: [String] = []
    private var index: [String: UInt32] = [:]

    /// The code of a value, adding it to the pool the first time.
    mutating func code(_ value: String) -> UInt32 {
        if let code = index[value] { return code }
        let code = UInt32(pool.count)
        index[value] = code
        pool.append(value)
        return code
    }
}
