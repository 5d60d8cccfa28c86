/// A token of the expression language and the character offset where it starts.
struct ExpressionToken: Equatable {
    /// What kind of token it is, with its value.
    enum Kind: Equatable {
        /// A whole number that fits 64 bits.
        case integer(Int64)
        /// A number with a fraction, a percent sign, or too large for 64 bits.
        case decimal(Double)
        /// A string in single or double quotes.
        case string(String)
        /// A bare word: a column name, a function name or a keyword.
        case word(String)
        /// A column name in backticks, never a keyword.
        case quotedName(String)
        /// An operator or punctuation: `( ) , + - * / % == != < <= > >=`.
        case symbol(String)
        /// The end of the text.
        case end
    }

    /// The kind and value.
    let kind: Kind
    /// The character offset in the expression text.
    let offset: Int
    /// For a quoted string, where each of its characters stands in the expression text (an escape makes them differ
    /// from the quote's offset plus one plus the index), so an error inside a pattern can point at its character.
    var characterOffsets: [Int] = []

    /// Whether this is the bare keyword given, compared case-insensitively.
    func isKeyword(_ keyword: String) -> Bool {
        if case .word(let text) = kind { return text.lowercased() == keyword }
        return false
    }

    /// Whether this is the symbol given.
    func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol(symbol)
    }
}
