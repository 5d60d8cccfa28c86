import Foundation

/// A parsed expression of rapport's expression language (`likes / followers > 2%`), evaluated a column at a time.
///
/// Named `RowExpression` because Foundation has a type called `Expression`.
public struct RowExpression: Sendable {
    /// The expression's text as written.
    public let text: String
    private let root: ExpressionNode
    private let source: ExpressionSource

    /// Parses expression text; errors put a caret into `line` at `offset` plus the error's place in the text.
    ///
    /// Without `line` the text is its own line, so an expression inside a command line can report
    /// errors against the whole command: `parse(word.text, at: word.offset, in: invocation.text)`.
    public static func parse(_ text: String, at offset: Int = 0, in line: String? = nil) throws -> RowExpression {
        let source = ExpressionSource(line: line ?? text, base: line == nil ? 0 : offset)
        return RowExpression(text: text, root: try ExpressionParser.parse(text, source: source), source: source)
    }

    /// The values on every row of a dataset; times are read and split into days and hours in `timeZone`.
    public func evaluate(on dataset: Dataset, timeZone: TimeZone) throws -> ColumnData {
        let localTime = LocalTime(timeZone: timeZone)
        let checker = ExpressionChecker(dataset: dataset, source: source, localTime: localTime, text: text)
        let checked = try checker.check(root)
        return ExpressionEvaluator(dataset: dataset, localTime: localTime).evaluate(checked.node)
    }

    /// One flag per row: whether the condition holds; missing counts as not holding.
    public func rowMask(on dataset: Dataset, timeZone: TimeZone) throws -> [Bool] {
        let values = try evaluate(on: dataset, timeZone: timeZone)
        guard case .boolean(let flags, let mask) = values else {
            throw source.error(Words.needsType(Words.condition.en, expected: Words.trueOrFalse, found: values.type), at: 0)
        }
        guard mask.hasAny else { return flags }
        return flags.indices.map { flags[$0] && !mask.isMissing($0) }
    }

    /// The indices of the rows where the condition holds, in order.
    public func matchingRows(in dataset: Dataset, timeZone: TimeZone) throws -> [Int] {
        let flags = try rowMask(on: dataset, timeZone: timeZone)
        var rows: [Int] = []
        for (row, holds) in flags.enumerated() where holds { rows.append(row) }
        return rows
    }
}
