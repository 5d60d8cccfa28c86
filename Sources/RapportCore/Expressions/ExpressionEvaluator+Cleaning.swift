import Foundation

/// The functions that clean data: `if`, `number`, `time`, the pattern functions, and the row-wise machinery the
/// text functions with several arguments share.
extension ExpressionEvaluator {
    /// `if(cond, a, b)`: a's value where the condition holds, b's where it does not, missing where it is missing.
    func conditional(_ condition: ColumnData, _ whenTrue: ColumnData, _ whenFalse: ColumnData) -> ColumnData {
        guard case .boolean(let flags, let mask) = condition else { preconditionFailure("if takes true/false") }
        return select([whenTrue, whenFalse]) { row in mask.isMissing(row) ? nil : (flags[row] ? 0 : 1) }
    }

    /// `number(x)`: texts read by the import's number rules, their ambiguous values by the column's vote
    /// (`NumberText`); numbers as decimals.
    func number(_ data: ColumnData) -> ColumnData {
        guard case .text(let texts, _) = data else { return .decimal(doubles(data), data.missing) }
        let reader = NumberText(votingWith: texts.pool)
        return perRow([data], constant: [false], as: .decimal) { cells in
            reader.value(Self.string(cells[0])).map(Cell.decimal) ?? .missing
        }
    }

    /// `time(text[, format])`: by the format, else by the import's rules; a time without an offset is a wall-clock
    /// time in the session's zone. A time column passes through.
    func parseTime(_ data: ColumnData, format: TimeFormat?) -> ColumnData {
        guard data.type == .text else { return data }
        return perRow([data], constant: [false], as: .time) { cells in
            var text = Self.string(cells[0]).trimmingCharacters(in: .whitespacesAndNewlines)
            let parsed = format.map { $0.parse(text) } ?? text.withUTF8 { TimeParser.parse($0) }
            guard let (seconds, hasOffset) = parsed else { return .missing }
            return .time(hasOffset ? seconds : localTime.moment(ofLocal: seconds))
        }
    }

    /// `regexmatch` (no group) or `regexextract` (the group's text, missing where nothing matches).
    func pattern(_ data: ColumnData, _ regex: LinearRegex, group: Int?) -> ColumnData {
        guard let group else {
            return perRow([data], constant: [false], as: .boolean) { .boolean(regex.matches(Self.string($0[0]))) }
        }
        return perRow([data], constant: [false], as: .text) { cells in
            regex.firstMatch(in: Self.string(cells[0]))?[group].map { .text(String($0)) } ?? .missing
        }
    }

    /// A function of each row's argument cells: missing where any argument is missing or where `transform` answers
    /// missing. When only the first argument varies and it is dictionary-encoded text, once per distinct text.
    func perRow(_ arguments: [ColumnData], constant: [Bool], as type: ColumnType,
                _ transform: ([Cell]) -> Cell) -> ColumnData {
        var cells = [Cell](repeating: .missing, count: rowCount)
        if rowCount > 0, case .text(let texts, let mask) = arguments[0], let codes = texts.codes,
           constant.dropFirst().allSatisfy({ $0 }) {
            let rest = arguments.dropFirst().map { $0[0] }
            guard !rest.contains(where: \.isMissing) else { return missing(type) }
            let results = texts.pool.map { transform([.text($0)] + rest) }
            for row in 0..<rowCount where !mask.isMissing(row) { cells[row] = results[Int(codes[row])] }
        } else {
            for row in 0..<rowCount {
                let values = arguments.map { $0[row] }
                if !values.contains(where: \.isMissing) { cells[row] = transform(values) }
            }
        }
        return .from(cells: cells, as: type)
    }

    /// The text of a cell a checked expression knows to be text.
    static func string(_ cell: Cell) -> String {
        if case .text(let text) = cell { return text }
        preconditionFailure("checked expressions pass text here")
    }

    /// The characters of `text` from position `start` (1 is the first), `length` of them or all the rest, as SQL's
    /// SUBSTRING counts: positions before 1 or past the end hold nothing; nil for a negative length.
    static func substring(_ text: String, start: Int64, length: Int64?) -> String? {
        let characters = Array(text)
        let count = Int64(characters.count)
        var last = count
        if let length {
            guard length > 0 else { return length == 0 ? "" : nil }
            // length - 1 ≥ 0, so the sum can only overflow upwards, past every text's end.
            let (end, overflow) = start.addingReportingOverflow(length - 1)
            last = overflow ? count : min(end, count)
        }
        let first = max(start, 1)
        guard first <= last else { return "" }
        return String(characters[Int(first - 1)..<Int(last)])
    }
}
