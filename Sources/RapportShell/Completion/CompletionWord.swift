/// One word of a command line as typed, for completion: its raw text, where it starts, and its text without quotes.
struct CompletionWord: Equatable {
    /// The characters that open and close a quoted stretch: `"…"`, `'…'` and backticks around column names.
    static let quoteCharacters: Set<Character> = ["\"", "'", "`"]

    /// The text as typed, quotes included.
    let raw: String
    /// The character offset of its first character in the line.
    let start: Int

    /// The text with its quote characters removed.
    var value: String {
        var result = ""
        var openQuote: Character?
        for character in raw {
            if let quote = openQuote {
                if character == quote { openQuote = nil } else { result.append(character) }
            } else if Self.quoteCharacters.contains(character) {
                openQuote = character
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The part after the last comma outside quotes, as its own word: `likes,sha` gives `sha`.
    var afterLastComma: CompletionWord { after(last: ",") ?? self }

    /// The part after the last `=` outside quotes, as its own word (`Likes=li` gives `li`); nil when there is none.
    var afterEquals: CompletionWord? { after(last: "=") }

    /// The part after the last `separator` outside quotes, as its own word; nil when there is none.
    private func after(last separator: Character) -> CompletionWord? {
        var openQuote: Character?
        var last: Int?
        for (offset, character) in raw.enumerated() {
            if let quote = openQuote {
                if character == quote { openQuote = nil }
            } else if Self.quoteCharacters.contains(character) {
                openQuote = character
            } else if character == separator {
                last = offset
            }
        }
        guard let last else { return nil }
        return CompletionWord(raw: String(raw.dropFirst(last + 1)), start: start + last + 1)
    }

    /// Splits the text before the cursor at blanks outside quotes: the finished words, and the word being typed
    /// (empty, starting at the cursor, when the text ends in a blank).
    static func split(_ text: String) -> (finished: [CompletionWord], current: CompletionWord) {
        var finished: [CompletionWord] = []
        var raw = ""
        var start = 0
        var openQuote: Character?
        for (offset, character) in text.enumerated() {
            if openQuote == nil && (character == " " || character == "\t") {
                if !raw.isEmpty { finished.append(CompletionWord(raw: raw, start: start)) }
                raw = ""
                start = offset + 1
                continue
            }
            if let quote = openQuote {
                if character == quote { openQuote = nil }
            } else if quoteCharacters.contains(character) {
                openQuote = character
            }
            raw.append(character)
        }
        return (finished, CompletionWord(raw: raw, start: start))
    }
}
