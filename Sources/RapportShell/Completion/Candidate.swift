/// A name completion may offer, and the quote that wraps it when it holds blanks or commas.
struct Candidate {
    /// The name without quotes.
    let name: String
    /// Backtick for column names, `"` for everything else.
    let quote: Character
    /// Text typed after the name, outside its quotes: `=` after the column of a `COLUMN=ROLE`.
    var trailing = ""

    /// Names quoted with `"` when needed.
    static func plain(_ names: [String]) -> [Candidate] {
        names.map { Candidate(name: $0, quote: "\"") }
    }

    /// The name as it must be typed: quoted when it holds blanks or commas or the user opened a quote
    /// (in the user's quote then); a directory's quote stays open so its contents can be completed next.
    func rendered(openedQuote: Character?) -> String {
        guard openedQuote != nil || name.contains(" ") || name.contains(",") else { return name + trailing }
        let quote = openedQuote ?? self.quote
        return name.hasSuffix("/") ? "\(quote)\(name)" : "\(quote)\(name)\(quote)\(trailing)"
    }
}
