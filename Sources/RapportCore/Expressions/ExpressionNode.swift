/// A node of a parsed expression, with the character offset of the token that errors about it point at.
struct ExpressionNode: Equatable, Sendable {
    /// What the node is.
    indirect enum Kind: Equatable, Sendable {
        case integer(Int64)
        case decimal(Double)
        case text(String)
        case boolean(Bool)
        /// A column, by the name as written.
        case column(String)
        case unary(ExpressionOperator, ExpressionNode)
        case binary(ExpressionOperator, ExpressionNode, ExpressionNode)
        /// `x is missing`, or with `negated` `x is not missing`.
        case isMissing(ExpressionNode, negated: Bool)
        /// `x in (a, b, …)`.
        case membership(ExpressionNode, [ExpressionNode])
        /// A function call, by the name as written.
        case call(String, [ExpressionNode])
    }

    /// What the node is.
    let kind: Kind
    /// The character offset in the expression text.
    let offset: Int
}
