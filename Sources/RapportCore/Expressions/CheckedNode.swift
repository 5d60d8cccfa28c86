/// An expression node after type checking: columns resolved to indices, literals coerced, functions known.
indirect enum CheckedNode {
    /// A literal, the same on every row.
    case constant(Cell)
    /// A column of the dataset, by index.
    case column(Int)
    /// Unary minus or `not`.
    case unary(ExpressionOperator, CheckedNode)
    /// Arithmetic, comparison, `and`/`or`, `contains`/`startswith`.
    case binary(ExpressionOperator, CheckedNode, CheckedNode)
    /// `is missing` or, negated, `is not missing`.
    case isMissing(CheckedNode, negated: Bool)
    /// `x in (…)` with the list's literals, coerced to x's type.
    case membership(CheckedNode, [Cell])
    /// A call of a known function.
    case call(ExpressionFunction, [CheckedNode])
    /// A missing value on every row, of the type its place needs.
    case missing(ColumnType)
    /// `if(cond, a, b)`.
    case conditional(CheckedNode, CheckedNode, CheckedNode)
    /// `regexmatch` (no group: whether it matches) or `regexextract` (the group's text), the pattern compiled once.
    case pattern(CheckedNode, LinearRegex, group: Int?)
    /// `time(text[, format])`: by the format, else by the import's rules.
    case parseTime(CheckedNode, TimeFormat?)
    /// `period(t, 'month')` (the label) or, with `start`, `period_start(t, 'month')` (the moment it begins).
    case period(CheckedNode, CalendarPeriod, start: Bool)
}

extension CheckedNode {
    /// Whether the node is a literal, the same on every row.
    var isConstant: Bool {
        if case .constant = self { return true }
        return false
    }
}
