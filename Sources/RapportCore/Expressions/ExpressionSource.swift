/// Where an expression's text sits, so errors point a caret into the line the user typed.
struct ExpressionSource: Sendable {
    /// The whole line the expression is part of.
    let line: String
    /// The character offset of the expression's first character in `line`.
    let base: Int

    /// An error with a caret at a character offset of the expression text.
    func error(_ message: Message, at offset: Int) -> RapportError {
        RapportError(message).pointing(at: base + offset, in: line)
    }
}
