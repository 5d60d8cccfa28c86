extension Invocation {
    /// Parses an expression that stands in this command line at a word (such as the `where` clause); errors point into the line.
    public func expression(_ word: Word) throws -> RowExpression {
        try RowExpression.parse(word.text, at: word.offset, in: text)
    }
}
