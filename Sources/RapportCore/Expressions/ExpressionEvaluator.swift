import Foundation

/// Evaluates a checked expression node by node, each into a whole typed column with its missing rows.
struct ExpressionEvaluator {
    /// The dataset whose columns the expression reads.
    let dataset: Dataset
    /// The session's zone, for `month`, `weekday`, `hour` and `date`.
    let localTime: LocalTime

    var rowCount: Int { dataset.rowCount }

    /// The values of a node on every row.
    func evaluate(_ node: CheckedNode) -> ColumnData {
        switch node {
        case .constant(let cell):
            return broadcast(cell)
        case .column(let index):
            return dataset.columns[index].data
        case .unary(let op, let operand):
            return op == .not ? not(evaluate(operand)) : negate(evaluate(operand))
        case .binary(let op, let leftNode, let rightNode):
            let left = evaluate(leftNode), right = evaluate(rightNode)
            switch op {
            case .and, .or: return logical(op, left, right)
            case .contains, .startsWith: return textTest(op, left, right)
            case .add, .subtract, .multiply, .divide, .remainder: return arithmetic(op, left, right)
            default: return compare(op, left, right)
            }
        case .isMissing(let operand, let negated):
            let mask = evaluate(operand).missing
            return .boolean((0..<rowCount).map { mask.isMissing($0) != negated }, MissingMask())
        case .membership(let operand, let cells):
            return membership(evaluate(operand), cells)
        case .call(let function, let arguments):
            return call(function, arguments.map(evaluate), constant: arguments.map(\.isConstant))
        case .missing(let type):
            return missing(type)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return conditional(evaluate(condition), evaluate(whenTrue), evaluate(whenFalse))
        case .pattern(let operand, let regex, let group):
            return pattern(evaluate(operand), regex, group: group)
        case .parseTime(let operand, let format):
            return parseTime(evaluate(operand), format: format)
        case .period(let operand, let period, let start):
            return self.period(evaluate(operand), period, start: start)
        }
    }

    // MARK: Literals, missing rows and numbers

    private func broadcast(_ cell: Cell) -> ColumnData {
        switch cell {
        case .integer(let value): return .integer(Array(repeating: value, count: rowCount), MissingMask())
        case .decimal(let value): return .decimal(Array(repeating: value, count: rowCount), MissingMask())
        case .boolean(let value): return .boolean(Array(repeating: value, count: rowCount), MissingMask())
        case .time(let value): return .time(Array(repeating: value, count: rowCount), MissingMask())
        case .text(let value):
            return .text(TextValues(pool: [value], codes: Array(repeating: 0, count: rowCount)), MissingMask())
        case .missing:
            return missing(.integer)
        }
    }

    /// A column of the type given whose every row is missing.
    func missing(_ type: ColumnType) -> ColumnData {
        let mask = MissingMask(flags: Array(repeating: true, count: rowCount))
        let zeros = [Int64](repeating: 0, count: rowCount)
        switch type {
        case .integer: return .integer(zeros, mask)
        case .decimal: return .decimal(Array(repeating: 0, count: rowCount), mask)
        case .boolean: return .boolean(Array(repeating: false, count: rowCount), mask)
        case .time: return .time(zeros, mask)
        case .text: return .text(TextValues(pool: [""], codes: Array(repeating: 0, count: rowCount)), mask)
        }
    }

    /// The rows missing in either mask.
    func union(_ first: MissingMask, _ second: MissingMask) -> MissingMask {
        if !second.hasAny { return first }
        if !first.hasAny { return second }
        var result = first
        for row in 0..<rowCount where second.isMissing(row) { result.markMissing(row) }
        return result
    }

    func doubles(_ data: ColumnData) -> [Double] {
        switch data {
        case .integer(let values, _): return values.map(Double.init)
        case .decimal(let values, _): return values
        default: preconditionFailure("checked expressions do arithmetic on numbers only")
        }
    }

    /// Decimal results with non-finite values (division by zero, overflow) marked missing.
    func decimals(_ values: [Double], _ mask: MissingMask) -> ColumnData {
        var values = values, mask = mask
        for row in 0..<values.count where !values[row].isFinite {
            values[row] = 0
            mask.markMissing(row)
        }
        return .decimal(values, mask)
    }

    // MARK: Operators

    private func negate(_ data: ColumnData) -> ColumnData {
        switch data {
        case .integer(let values, var mask):
            var result = [Int64](repeating: 0, count: values.count)
            for row in 0..<values.count {
                let (value, overflow) = Int64(0).subtractingReportingOverflow(values[row])
                result[row] = value
                if overflow { mask.markMissing(row) }
            }
            return .integer(result, mask)
        case .decimal(let values, let mask):
            return .decimal(values.map { -$0 }, mask)
        default:
            preconditionFailure("checked expressions negate numbers only")
        }
    }

    private func not(_ data: ColumnData) -> ColumnData {
        guard case .boolean(let values, let mask) = data else { preconditionFailure("not takes true/false") }
        return .boolean(values.map { !$0 }, mask)
    }

    private func arithmetic(_ op: ExpressionOperator, _ left: ColumnData, _ right: ColumnData) -> ColumnData {
        var mask = union(left.missing, right.missing)
        if case .integer(let a, _) = left, case .integer(let b, _) = right, op != .divide {
            var result = [Int64](repeating: 0, count: rowCount)
            for row in 0..<rowCount {
                let x = a[row], y = b[row]
                let outcome: (partialValue: Int64, overflow: Bool)
                switch op {
                case .add: outcome = x.addingReportingOverflow(y)
                case .subtract: outcome = x.subtractingReportingOverflow(y)
                case .multiply: outcome = x.multipliedReportingOverflow(by: y)
                default: outcome = y == 0 ? (0, true) : (x.remainderReportingOverflow(dividingBy: y).partialValue, false)
                }
                result[row] = outcome.partialValue
                if outcome.overflow { mask.markMissing(row) }
            }
            return .integer(result, mask)
        }
        let a = doubles(left), b = doubles(right)
        var result = [Double](repeating: 0, count: rowCount)
        switch op {
        case .add: for row in 0..<rowCount { result[row] = a[row] + b[row] }
        case .subtract: for row in 0..<rowCount { result[row] = a[row] - b[row] }
        case .multiply: for row in 0..<rowCount { result[row] = a[row] * b[row] }
        case .divide: for row in 0..<rowCount { result[row] = a[row] / b[row] }
        default: for row in 0..<rowCount { result[row] = a[row].truncatingRemainder(dividingBy: b[row]) }
        }
        return decimals(result, mask)
    }

    private func compare(_ op: ExpressionOperator, _ left: ColumnData, _ right: ColumnData) -> ColumnData {
        let mask = union(left.missing, right.missing)
        let values: [Bool]
        switch (left, right) {
        case (.integer(let a, _), .integer(let b, _)), (.time(let a, _), .time(let b, _)):
            values = ordered(a, b, op)
        case (.text(let a, _), .text(let b, _)):
            let ranks = TextRanks.ranks([a, b])
            values = ordered(ranks[0], ranks[1], op)
        case (.boolean(let a, _), .boolean(let b, _)):
            values = ordered(a.map { $0 ? 1 : 0 }, b.map { $0 ? 1 : 0 }, op)
        default:
            values = ordered(doubles(left), doubles(right), op)
        }
        return .boolean(values, mask)
    }

    private func ordered<T: Comparable>(_ a: [T], _ b: [T], _ op: ExpressionOperator) -> [Bool] {
        switch op {
        case .equal: return zip(a, b).map { $0 == $1 }
        case .notEqual: return zip(a, b).map { $0 != $1 }
        case .less: return zip(a, b).map { $0 < $1 }
        case .lessOrEqual: return zip(a, b).map { $0 <= $1 }
        case .greater: return zip(a, b).map { $0 > $1 }
        default: return zip(a, b).map { $0 >= $1 }
        }
    }

    /// `and` and `or` with SQL's three-valued logic: false and missing is false, true or missing is true.
    private func logical(_ op: ExpressionOperator, _ left: ColumnData, _ right: ColumnData) -> ColumnData {
        guard case .boolean(let a, let aMask) = left, case .boolean(let b, let bMask) = right else {
            preconditionFailure("and/or take true/false")
        }
        let decisive = op == .or
        var values = [Bool](repeating: !decisive, count: rowCount)
        var mask = MissingMask()
        for row in 0..<rowCount {
            let aMissing = aMask.isMissing(row), bMissing = bMask.isMissing(row)
            if (!aMissing && a[row] == decisive) || (!bMissing && b[row] == decisive) {
                values[row] = decisive
            } else if aMissing || bMissing {
                mask.markMissing(row)
            }
        }
        return .boolean(values, mask)
    }

    private func textTest(_ op: ExpressionOperator, _ left: ColumnData, _ right: ColumnData) -> ColumnData {
        guard case .text(let a, _) = left, case .text(let b, _) = right else { preconditionFailure("text tests take text") }
        let test: (String, String) -> Bool = op == .contains
            ? { $1.isEmpty || $0.contains($1) }
            : { $0.hasPrefix($1) }
        let mask = union(left.missing, right.missing)
        if let codes = a.codes, b.isEncoded, b.pool.count == 1 {
            let flags = a.pool.map { test($0, b.pool[0]) }
            return .boolean(codes.map { flags[Int($0)] }, mask)
        }
        return .boolean((0..<rowCount).map { test(a[$0], b[$0]) }, mask)
    }

    private func membership(_ data: ColumnData, _ cells: [Cell]) -> ColumnData {
        let values: [Bool]
        switch data {
        case .text(let texts, _):
            let wanted = Set(cells.compactMap { cell -> String? in if case .text(let text) = cell { return text }; return nil })
            if let codes = texts.codes {
                let flags = texts.pool.map(wanted.contains)
                values = codes.map { flags[Int($0)] }
            } else {
                values = texts.pool.map(wanted.contains)
            }
        case .time(let times, _):
            let wanted = Set(cells.compactMap { cell -> Int64? in if case .time(let time) = cell { return time }; return nil })
            values = times.map(wanted.contains)
        case .boolean(let flags, _):
            let wanted = Set(cells.compactMap { cell -> Bool? in if case .boolean(let flag) = cell { return flag }; return nil })
            values = flags.map(wanted.contains)
        default:
            let wanted = Set(cells.compactMap(\.number))
            values = doubles(data).map(wanted.contains)
        }
        return .boolean(values, data.missing)
    }
}
