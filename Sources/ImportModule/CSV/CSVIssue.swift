import RapportCore

/// A malformation found while scanning, by byte offset; the reader turns it into a located error.
enum CSVIssue: Error, Equatable {
    /// A quote opened at this offset never closes.
    case unterminatedQuote(offset: Int)
    /// A closing quote is followed by this byte instead of a delimiter or line break.
    case textAfterQuote(offset: Int)
    /// A record has a field more than the header, starting at this offset.
    case tooManyFields(offset: Int, expected: Int)
    /// A record ends at this offset with fewer fields than the header.
    case tooFewFields(offset: Int, found: Int, expected: Int)
    /// The header has more columns than `largest`; its field beyond them starts at this offset.
    case headerTooWide(offset: Int, largest: Int)

    /// The byte offset the error points at.
    var offset: Int {
        switch self {
        case .unterminatedQuote(let offset), .textAfterQuote(let offset),
             .tooManyFields(let offset, _), .tooFewFields(let offset, _, _), .headerTooWide(let offset, _):
            return offset
        }
    }

    /// What to tell the user.
    var message: Message {
        switch self {
        case .unterminatedQuote: return Words.csvUnterminatedQuote
        case .textAfterQuote: return Words.csvTextAfterQuote
        case .tooManyFields(_, let expected): return Words.csvTooManyFields(expected: expected)
        case .tooFewFields(_, let found, let expected): return Words.csvTooFewFields(found: found, expected: expected)
        case .headerTooWide(_, let largest): return Words.csvHeaderTooWide(largest: largest)
        }
    }
}
