/// What Tab may put in place of the word being completed.
public struct Completion: Sendable, Equatable {
    /// The character offset in the line where the word being completed starts.
    public let replaceFrom: Int
    /// The texts that may replace the line from `replaceFrom` to the cursor; a directory ends in `/`.
    public let candidates: [String]

    /// A completion from its parts.
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }
}
