/// Finds informal (du, dich, dir, dein…, euch, euer…, ihr) and formal (Sie, Ihnen, Ihr…) German address in a text.
///
/// Words are runs of letters, marks and digits of any script, compared whole. Informal words count in any case,
/// except `ihr`, which counts only in lower case. Formal words count only capitalised (first letter upper case, the
/// rest lower) and not at the start of a sentence: the first word of the text or the first after `.`, `!`, `?`, `…`
/// or a line break. A capitalised `Ihr` at a sentence start is ambiguous (informal plural or formal) and not counted.
public enum AddressWords {
    /// The words of informal address, counted in any case.
    public static let informal = ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
                                  "euch", "euer", "eure", "euren", "eurem", "eurer", "eures"]
    /// The words of formal address, counted when capitalised inside a sentence.
    public static let formal = ["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"]
    /// The plural pronoun that is informal in lower case and formal capitalised inside a sentence.
    public static let informalPlural = "ihr"

    /// The longest word of either list; longer words are skipped without a look-up.
    private static let longest = (informal + formal).map(\.count).max() ?? 0
    /// The informal words as packed keys.
    private static let informalKeys = Set(informal.map(key))
    /// The formal words as packed keys.
    private static let formalKeys = Set(formal.map(key))
    /// The key of `ihr`.
    private static let informalPluralKey = key(informalPlural)

    /// How the text addresses its readers.
    public static func address(of text: String) -> ReaderAddress {
        var scan = WordScan()
        var informalSeen = false, formalSeen = false
        var atSentenceStart = true
        for scalar in text.unicodeScalars {
            if WordScalars.isWordPart(scalar) {
                scan.add(scalar)
                continue
            }
            if scan.length > 0 {
                classify(scan, atSentenceStart: atSentenceStart, informal: &informalSeen, formal: &formalSeen)
                if informalSeen && formalSeen { return .both }
                scan = WordScan()
                atSentenceStart = false
            }
            if isSentenceEnd(scalar) { atSentenceStart = true }
        }
        if scan.length > 0 { classify(scan, atSentenceStart: atSentenceStart, informal: &informalSeen, formal: &formalSeen) }
        return ReaderAddress(informal: informalSeen, formal: formalSeen)
    }

    /// Marks informal or formal address when the finished word is one of the listed words in the right case.
    private static func classify(_ word: WordScan, atSentenceStart: Bool, informal: inout Bool, formal: inout Bool) {
        guard word.isPlainASCII, word.length <= longest else { return }
        if word.key == informalPluralKey {
            if word.isLowercase { informal = true } else if word.isCapitalised && !atSentenceStart { formal = true }
        } else if informalKeys.contains(word.key) {
            informal = true
        } else if formalKeys.contains(word.key), word.isCapitalised, !atSentenceStart {
            formal = true
        }
    }

    /// Whether a scalar ends a sentence, so the next word is capitalised by grammar rather than by address.
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\n", "\r": return true
        default: return false
        }
    }

    /// A lower-case ASCII word packed into an integer, one byte per letter (words up to eight letters).
    private static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The word being read: its packed lower-case letters, length and case shape.
    private struct WordScan {
        /// The lower-cased ASCII letters, packed as `key` packs them.
        var key: UInt64 = 0
        /// The number of scalars.
        var length = 0
        /// Whether every scalar is an ASCII letter.
        var isPlainASCII = true
        /// Whether the first letter is upper case.
        var startsUpper = false
        /// Whether every letter after the first is lower case.
        var restIsLower = true

        /// Adds one scalar of the word.
        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            let folded = value | 0x20
            let isLetter = value < 0x80 && folded >= 0x61 && folded <= 0x7A
            if !isLetter { isPlainASCII = false }
            let isUpper = isLetter && value < 0x61
            if length == 0 { startsUpper = isUpper } else if isUpper { restIsLower = false }
            if length < 8 { key = key << 8 | UInt64(folded & 0xFF) }
            length += 1
        }

        /// Whether all letters are lower case.
        var isLowercase: Bool { !startsUpper && restIsLower }
        /// Whether the first letter is upper case and the rest lower case.
        var isCapitalised: Bool { startsUpper && restIsLower }
    }
}
