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
    /// For a text literal, where each of its characters stands in the expression text.
    var characterOffsets: [Int] = []

    /// The offset in the expression text of a text literal's character (its end, past the last one).
    func offset(ofCharacter index: Int) -> Int {
        if index >= 0 && index < characterOffsets.count { return characterOffsets[index] }
        return (characterOffsets.last ?? offset) + 1
    }
}

extension ExpressionNode {
    /// Whether the node is `missing()` or `null`, which takes the type of the place it stands in.
    var isMissingLiteral: Bool {
        guard case .call(let name, let arguments) = kind else { return false }
        return name.lowercased() == "missing" && arguments.isEmpty
    }
}
