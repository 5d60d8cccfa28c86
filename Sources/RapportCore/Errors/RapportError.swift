/// An error a user can act on: a message, where it happened, and an optional excerpt with a caret.
public struct RapportError: Error, Sendable, Equatable {
    /// What went wrong, in every language.
    public var message: Message
    /// Where, when known.
    public var position: SourcePosition?
    /// The offending input line and the 0-based character offset the caret points at.
    public var excerpt: (text: String, offset: Int)?
    /// Whether this error is the user interrupting (Ctrl-C) rather than a failure.
    public var isInterruption: Bool

    /// An error from a message and, optionally, a position.
    public init(_ message: Message, at position: SourcePosition? = nil) {
        self.message = message
        self.position = position
        self.excerpt = nil
        self.isInterruption = false
    }

    /// The error raised when the user interrupts a running command.
    public static var interrupted: RapportError {
        var error = RapportError(Words.interrupted)
        error.isInterruption = true
        return error
    }

    /// This error with a caret pointing at `offset` in `text`.
    public func pointing(at offset: Int, in text: String) -> RapportError {
        var copy = self
        copy.excerpt = (text, offset)
        return copy
    }

    /// This error placed in a file and line, keeping a column it already has.
    public func located(file: String?, line: Int?) -> RapportError {
        var copy = self
        var position = copy.position ?? SourcePosition()
        if position.file == nil { position.file = file }
        if position.line == nil { position.line = line }
        copy.position = position
        return copy
    }

    /// The excerpt and a caret line under it, or nil; control characters in the excerpt show as visible escapes
    /// (`TerminalText`), and the caret still points at its word.
    public var caretLines: String? {
        guard let excerpt else { return nil }
        let before = TerminalText.visible(String(excerpt.text.prefix(max(0, excerpt.offset))))
        let pad = String(repeating: " ", count: before.count)
        return "  \(TerminalText.visible(excerpt.text))\n  \(pad)^"
    }

    /// Equal when message, position, excerpt and interruption all agree.
    public static func == (lhs: RapportError, rhs: RapportError) -> Bool {
        lhs.message == rhs.message && lhs.position == rhs.position
            && lhs.excerpt?.text == rhs.excerpt?.text && lhs.excerpt?.offset == rhs.excerpt?.offset
            && lhs.isInterruption == rhs.isInterruption
    }
}
