import Foundation

extension ExpressionEvaluator {
    /// The values of a function applied to whole argument columns.
    func call(_ function: ExpressionFunction, _ arguments: [ColumnData]) -> ColumnData {
        let first = arguments[0]
        switch function {
        case .lower:
            return mapText(first) { $0.lowercased() }
        case .len:
            guard case .text(let texts, let mask) = first else { preconditionFailure("len takes text") }
            let lengths = texts.pool.map { Int64($0.count) }
            guard let codes = texts.codes else { return .integer(lengths, mask) }
            return .integer(codes.map { lengths[Int($0)] }, mask)
        case .month, .weekday, .hour, .date:
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
            return coalesce(arguments)
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

    /// Month (1–12), ISO weekday (1 = Monday), hour (0–23) or the day's local midnight, in the session's zone.
    private func timePart(_ function: ExpressionFunction, _ data: ColumnData) -> ColumnData {
        guard case .time(let times, let mask) = data else { preconditionFailure("time function on non-time") }
        var result = [Int64](repeating: 0, count: times.count)
        for row in 0..<times.count where !mask.isMissing(row) {
            let (days, secondOfDay) = ISOTime.divideFloor(localTime.local(times[row]), 86_400)
            switch function {
            case .month: result[row] = ISOTime.civil(fromDays: days).month
            case .weekday: result[row] = ISOTime.divideFloor(days + 3, 7).1 + 1
            case .hour: result[row] = secondOfDay / 3600
            default: result[row] = localTime.moment(ofLocal: days * 86_400)
            }
        }
        return function == .date ? .time(result, mask) : .integer(result, mask)
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

    /// Each row's first argument that is not missing; numbers of mixed types become decimals.
    private func coalesce(_ arguments: [ColumnData]) -> ColumnData {
        let masks = arguments.map(\.missing)
        func pick<T>(_ columns: [[T]]) -> ([T], MissingMask) {
            var values = columns[0]
            var mask = MissingMask()
            for row in 0..<rowCount {
                if let source = masks.firstIndex(where: { !$0.isMissing(row) }) {
                    values[row] = columns[source][row]
                } else {
                    mask.markMissing(row)
                }
            }
            return (values, mask)
        }
        switch arguments[0] {
        case .text:
            var builder = PoolBuilder()
            let coded = arguments.map { argument -> [UInt32] in
                guard case .text(let texts, _) = argument else { preconditionFailure("coalesce of mixed types") }
                let recode = texts.pool.map { builder.code($0) }
                guard let codes = texts.codes else { return recode }
                return codes.map { recode[Int($0)] }
            }
            let (codes, mask) = pick(coded)
            return .text(TextValues(pool: builder.pool, codes: codes), mask)
        case .boolean:
            let (values, mask) = pick(arguments.map { if case .boolean(let v, _) = $0 { return v }; return [] })
            return .boolean(values, mask)
        case .time:
            let (values, mask) = pick(arguments.map { if case .time(let v, _) = $0 { return v }; return [] })
            return .time(values, mask)
        default:
            if arguments.allSatisfy({ $0.type == .integer }) {
                let (values, mask) = pick(arguments.map { if case .integer(let v, _) = $0 { return v }; return [] })
                return .integer(values, mask)
            }
            let (values, mask) = pick(arguments.map(doubles))
            return .decimal(values, mask)
        }
    }
}

/// Collects distinct strings and hands out their codes, for building dictionary-encoded text.
private struct PoolBuilder {
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
