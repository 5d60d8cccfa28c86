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
}
