/// What Tab does to the line with the candidates a completer offered for the word typed so far.
enum CompletionEdit: Equatable {
    /// Replace the typed word with this text.
    case replace(String)
    /// Nothing can be added: show these candidates.
    case list([String])
    /// Nothing completes the word.
    case beep

    /// One candidate replaces the word and is followed by a blank (a directory or the `COLUMN=` of a role by nothing);
    /// several insert their longest common prefix when it adds something, else they are listed.
    init(typed: String, candidates: [String]) {
        guard let first = candidates.first else {
            self = .beep
            return
        }
        if candidates.count == 1 {
            self = .replace(first.hasSuffix("/") || first.hasSuffix("=") ? first : first + " ")
            return
        }
        let common = Self.longestCommonPrefix(candidates)
        self = common.count > typed.count ? .replace(common) : .list(candidates)
    }

    /// The longest text every string starts with, compared by characters.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let shared = zip(prefix, string).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }
}
