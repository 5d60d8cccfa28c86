/// A word of a command line as the lexer found it.
public struct Token: Sendable, Equatable {
    /// The word with quotes and escapes resolved.
    public let text: String
    /// The word as typed, quotes included.
    public let raw: String
    /// The character offset where it starts.
    public let offset: Int
    /// Whether any part of it was quoted, so it is never a keyword or a flag.
    public let isQuoted: Bool

    /// A token from its parts.
    public init(text: String, raw: String, offset: Int, isQuoted: Bool) {
        self.text = text
        self.raw = raw
        self.offset = offset
        self.isQuoted = isQuoted
    }

    /// The token as a `Word` for an invocation.
    public var word: Word { Word(text, at: offset) }
}
