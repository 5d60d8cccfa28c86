/// A regular expression that matches in time linear in the text, for the patterns users type into rapport.
///
/// Swift's `Regex` and Foundation's `NSRegularExpression` backtrack, so a pattern like `(a+)+$` can take
/// exponential time on a hostile cell. This engine compiles the pattern to a small program and runs it with a
/// Pike VM: the work is at most proportional to the program's size (at most 10,000 states) times the text's
/// length, and nothing backtracks.
///
/// The syntax is a subset of RE2's and Python's, matched on Unicode scalars (one scalar is one character):
/// - literals, and `\` before any punctuation (`\.`, `\\`, `\/`, `\(`); `\t \n \r \f \v`, `\xHH`, `\uHHHH`;
/// - `.` is any character except a line feed (any at all after `(?s)`);
/// - classes `[abc]`, `[a-z]`, `[^...]`, `[äöü]`; `]` first and `-` first or last are literal;
/// - `\d \D \w \W \s \S` in their ASCII meaning (`[0-9]`, `[0-9A-Za-z_]`, `[ \t\n\r\f\v]` and their
///   complements), inside classes too;
/// - `^` and `$` are the start and the end of the whole text (`$` does not match before a final line break);
///   `\b` and `\B` a word boundary and its absence, with ASCII word characters;
/// - `|`, capturing groups `( )` (numbered by their opening parenthesis), non-capturing `(?: )`;
/// - `*`, `+`, `?`, `{n}`, `{n,}`, `{,m}`, `{n,m}` (counts at most 1000), each lazy with a `?` after it;
///   a `{` that starts no count is a literal;
/// - `(?i)` (letters in either case, by their one-scalar lower- and uppercase forms, so `ß` does not match `SS`)
///   and `(?s)` at the very start only.
///
/// Not supported, with an error that says why: backreferences and lookaround (they need backtracking), named
/// groups, flags after the start, possessive or doubled repetitions. Matches are leftmost-first with Perl's
/// priorities, the same spans and groups as Python's `re` gives for the same pattern; like there, a repetition
/// stops after an iteration that matched the empty text, keeping that iteration's groups (`(a|)*` on `aa`
/// ends with group 1 empty at 2).
public struct LinearRegex: Sendable {
    /// The pattern's text.
    public let pattern: String
    /// How many capturing groups the pattern has.
    public let groupCount: Int
    /// The compiled program.
    let program: RegexProgram

    /// Compiles a pattern; throws a `RapportError` whose excerpt is the pattern with a caret at the problem (the
    /// offset counts characters from the pattern's start).
    public init(_ pattern: String) throws {
        let (node, groupCount) = try RegexParser.parse(pattern)
        self.pattern = pattern
        self.groupCount = groupCount
        self.program = try RegexCompiler.compile(node, groupCount: groupCount, source: pattern)
    }

    /// The leftmost match anywhere in `text`, with its groups, or nil.
    public func firstMatch(in text: Substring) -> Match? {
        let slots = search(Array(text.unicodeScalars), slotCount: program.slotCount, anchoredAtStart: false,
                           anchoredAtEnd: false).slots
        return slots.map { Match(text: text, slots: $0) }
    }

    /// The leftmost match anywhere in `text`, with its groups, or nil.
    public func firstMatch(in text: String) -> Match? {
        firstMatch(in: text[...])
    }

    /// The match of the pattern against all of `text`, as Python's `re.fullmatch` gives it, or nil.
    public func wholeMatch(in text: Substring) -> Match? {
        let slots = search(Array(text.unicodeScalars), slotCount: program.slotCount, anchoredAtStart: true,
                           anchoredAtEnd: true).slots
        return slots.map { Match(text: text, slots: $0) }
    }

    /// The match of the pattern against all of `text`, as Python's `re.fullmatch` gives it, or nil.
    public func wholeMatch(in text: String) -> Match? {
        wholeMatch(in: text[...])
    }

    /// Whether the pattern matches anywhere in `text` (only at its start or end where the pattern says `^`, `$`).
    public func matches(_ text: some StringProtocol) -> Bool {
        search(Array(text.unicodeScalars), slotCount: 0, anchoredAtStart: false, anchoredAtEnd: false).slots != nil
    }

    /// The capture slots of the first match in `scalars` (scalar offsets, -1 where unset) and the VM's steps.
    func search(_ scalars: [Unicode.Scalar], slotCount: Int, anchoredAtStart: Bool,
                anchoredAtEnd: Bool) -> (slots: [Int]?, steps: Int) {
        var machine = PikeVM(program: program, text: scalars, slotCount: slotCount)
        let slots = machine.firstMatch(anchoredAtStart: anchoredAtStart, anchoredAtEnd: anchoredAtEnd)
        return (slots, machine.steps)
    }
}
