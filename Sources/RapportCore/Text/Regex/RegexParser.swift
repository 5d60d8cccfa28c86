/// Reads a pattern's text into a `RegexNode`, throwing a `RapportError` with a caret at the first problem.
///
/// The syntax is a subset of RE2's (and Python's): see `LinearRegex` for the list. Flags `(?i)` and `(?s)` are
/// taken at the start only and applied while parsing, so the tree needs no flags of its own.
struct RegexParser {
    /// The largest count `{n,m}` accepts, which keeps programs small.
    static let maximumRepetition = 1000
    /// The most capturing groups a pattern may have, which bounds the memory each thread of the VM needs.
    static let maximumGroups = 100
    /// The deepest groups may nest, which bounds the recursion of parser and compiler.
    static let maximumDepth = 100

    /// The pattern as given, for error excerpts.
    private let source: String
    /// The pattern's scalars, read one at a time.
    private let scalars: [Unicode.Scalar]
    /// The index of the next scalar to read.
    private var position = 0
    /// The capturing groups opened so far.
    private var groupCount = 0
    /// `(?i)`: letters match in either case.
    private var ignoresCase = false
    /// `(?s)`: `.` matches a line feed too.
    private var dotMatchesLineFeed = false

    /// A parser at the start of `source`.
    private init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    /// The tree of a whole pattern and how many capturing groups it has.
    static func parse(_ source: String) throws -> (node: RegexNode, groupCount: Int) {
        var parser = RegexParser(source)
        try parser.parseFlags()
        let node = try parser.parseAlternation(depth: 0)
        if parser.position < parser.scalars.count {
            throw parser.error(Words.regexUnmatchedParenthesis, at: parser.position)
        }
        return (node, parser.groupCount)
    }

    /// The scalar at the reading position, nil at the end.
    private var next: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// Whether the scalar at `index` exists and is `character`.
    private func scalar(at index: Int, is character: Unicode.Scalar) -> Bool {
        index < scalars.count && scalars[index] == character
    }

    /// Reads the flag groups `(?i)`, `(?s)`, `(?is)` at the start of the pattern.
    private mutating func parseFlags() throws {
        while scalar(at: position, is: "("), scalar(at: position + 1, is: "?") {
            var end = position + 2
            while end < scalars.count, Self.isASCIILetter(scalars[end]) { end += 1 }
            guard end > position + 2, scalar(at: end, is: ")") else { return }
            for index in (position + 2)..<end {
                switch scalars[index] {
                case "i": ignoresCase = true
                case "s": dotMatchesLineFeed = true
                default: throw error(Words.regexUnknownFlag(String(scalars[index])), at: index)
                }
            }
            position = end + 1
        }
    }

    /// Branches separated by `|`, up to the end or a `)`.
    private mutating func parseAlternation(depth: Int) throws -> RegexNode {
        var branches = [try parseConcatenation(depth: depth)]
        while next == "|" {
            position += 1
            branches.append(try parseConcatenation(depth: depth))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// Atoms with their repetitions, up to the end, a `|` or a `)`.
    private mutating func parseConcatenation(depth: Int) throws -> RegexNode {
        var items: [RegexNode] = []
        while let character = next, character != "|", character != ")" {
            let atom = try parseAtom(depth: depth)
            items.append(try parseRepetitions(of: atom))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    /// One character, class, anchor or group.
    private mutating func parseAtom(depth: Int) throws -> RegexNode {
        let start = position
        let character = scalars[position]
        switch character {
        case "(":
            return try parseGroup(depth: depth)
        case "[":
            return try parseClass()
        case ".":
            position += 1
            return .characterClass(dotMatchesLineFeed ? .anyScalar : .anyButLineFeed)
        case "^":
            position += 1
            return .assertion(.textStart)
        case "$":
            position += 1
            return .assertion(.textEnd)
        case "\\":
            switch try parseEscape(inClass: false) {
            case .scalar(let scalar): return literal(scalar)
            case .set(let set): return .characterClass(set)
            case .assertion(let assertion): return .assertion(assertion)
            }
        case "*", "+", "?":
            throw error(Words.regexNothingToRepeat(String(character)), at: start)
        default:
            if character == "{", countedRepetition() != nil {
                throw error(Words.regexNothingToRepeat(text(from: start)), at: start)
            }
            position += 1
            return literal(character)
        }
    }

    /// A scalar as the pattern means it: itself, or under `(?i)` a class of it in either case.
    private func literal(_ scalar: Unicode.Scalar) -> RegexNode {
        guard ignoresCase else { return .scalar(scalar) }
        let (lower, upper) = RegexCharacterClass.caseVariants(of: scalar)
        guard lower != scalar.value || upper != scalar.value else { return .scalar(scalar) }
        var set = RegexCharacterClass(ranges: [scalar.value...scalar.value])
        set.ignoresCase = true
        return .characterClass(set)
    }

    /// The operators `*`, `+`, `?`, `{n,m}` (each optionally followed by `?` for lazy) after an atom.
    private mutating func parseRepetitions(of atom: RegexNode) throws -> RegexNode {
        var node = atom
        var repeated = false
        while let character = next {
            let start = position
            let bounds: (minimum: Int, maximum: Int?)
            switch character {
            case "*": bounds = (0, nil); position += 1
            case "+": bounds = (1, nil); position += 1
            case "?": bounds = (0, 1); position += 1
            case "{":
                guard let counted = countedRepetition() else { return node }
                bounds = counted
            default:
                return node
            }
            if case .assertion = atom { throw error(Words.regexNothingToRepeat(text(from: start)), at: start) }
            if repeated { throw error(Words.regexRepeatedRepetition(text(from: start)), at: start) }
            try check(bounds, at: start)
            var isGreedy = true
            if next == "?" {
                position += 1
                isGreedy = false
            }
            node = .repetition(node, minimum: bounds.minimum, maximum: bounds.maximum, isGreedy: isGreedy)
            repeated = true
        }
        return node
    }

    /// Reads `{n}`, `{n,}`, `{,m}`, `{n,m}` (Python's forms) at a `{`; nil, reading nothing, when no count
    /// follows, so the `{` is a literal. Counts above the limit come back as the limit plus one.
    private mutating func countedRepetition() -> (minimum: Int, maximum: Int?)? {
        let start = position
        position += 1
        guard next != "}" else {
            position = start
            return nil
        }
        let low = readNumber()
        var high = low
        if next == "," {
            position += 1
            high = readNumber()
        }
        guard next == "}" else {
            position = start
            return nil
        }
        position += 1
        return (low ?? 0, high)
    }

    /// The decimal number at the reading position (nil when there is none), at most the repetition limit plus one.
    private mutating func readNumber() -> Int? {
        var value: Int?
        while let character = next, Self.isASCIIDigit(character) {
            value = min((value ?? 0) * 10 + Int(character.value - 0x30), Self.maximumRepetition + 1)
            position += 1
        }
        return value
    }

    /// Refuses counts above the limit and a minimum above the maximum.
    private func check(_ bounds: (minimum: Int, maximum: Int?), at start: Int) throws {
        if bounds.minimum > Self.maximumRepetition || (bounds.maximum ?? 0) > Self.maximumRepetition {
            throw error(Words.regexRepetitionTooLarge(Self.maximumRepetition), at: start)
        }
        if let maximum = bounds.maximum, maximum < bounds.minimum {
            throw error(Words.regexRepetitionBackwards(bounds.minimum, maximum), at: start)
        }
    }

    /// A group at `(`: capturing, `(?:` non-capturing, or one of the kinds rapport refuses.
    private mutating func parseGroup(depth: Int) throws -> RegexNode {
        let open = position
        guard depth < Self.maximumDepth else { throw error(Words.regexTooDeep(Self.maximumDepth), at: open) }
        position += 1
        var number: Int?
        if next == "?" {
            position += 1
            try refuseGroupKind(open: open)
            position += 1
        } else {
            groupCount += 1
            guard groupCount <= Self.maximumGroups else {
                throw error(Words.regexTooManyGroups(Self.maximumGroups), at: open)
            }
            number = groupCount
        }
        let inner = try parseAlternation(depth: depth + 1)
        guard next == ")" else { throw error(Words.regexUnclosedGroup, at: open) }
        position += 1
        return .group(inner, number: number)
    }

    /// Returns for `(?:` (at its `:`), throws for every other `(?` kind with the reason it is not supported.
    private func refuseGroupKind(open: Int) throws {
        guard let kind = next else { throw error(Words.regexUnknownGroup, at: open) }
        switch kind {
        case ":":
            return
        case "=", "!":
            throw error(Words.regexLookaround, at: open)
        case "<":
            let lookbehind = scalar(at: position + 1, is: "=") || scalar(at: position + 1, is: "!")
            throw error(lookbehind ? Words.regexLookaround : Words.regexNamedGroup, at: open)
        case "P":
            throw error(scalar(at: position + 1, is: "=") ? Words.regexBackreference : Words.regexNamedGroup, at: open)
        case _ where Self.isASCIILetter(kind):
            throw error(Words.regexFlagsOnlyAtStart, at: open)
        default:
            throw error(Words.regexUnknownGroup, at: open)
        }
    }

    /// One member of a class: a scalar, or a set such as `\d`.
    private enum ClassMember {
        case scalar(Unicode.Scalar)
        case set(RegexCharacterClass)
    }

    /// A class at `[`: members and ranges, `^` first to negate, `]` first as a literal, `-` first or last too.
    private mutating func parseClass() throws -> RegexNode {
        let open = position
        position += 1
        var set = RegexCharacterClass()
        let isNegated = next == "^"
        if isNegated { position += 1 }
        var isFirst = true
        while true {
            guard let character = next else { throw error(Words.regexUnclosedClass, at: open) }
            if character == "]" && !isFirst {
                position += 1
                break
            }
            isFirst = false
            let start = position
            let low = try classMember()
            guard next == "-", position + 1 < scalars.count, scalars[position + 1] != "]" else {
                insert(low, into: &set)
                continue
            }
            position += 1
            let high = try classMember()
            guard case .scalar(let first) = low, case .scalar(let last) = high else {
                throw error(Words.regexRangeNeedsCharacters, at: start)
            }
            guard first.value <= last.value else {
                throw error(Words.regexRangeBackwards(String(first), String(last)), at: start)
            }
            set.insert(first.value...last.value)
        }
        set.isNegated = isNegated
        set.ignoresCase = ignoresCase
        return .characterClass(set)
    }

    /// Reads one class member: an escape or a plain scalar.
    private mutating func classMember() throws -> ClassMember {
        if next == "\\" {
            let start = position
            switch try parseEscape(inClass: true) {
            case .scalar(let scalar): return .scalar(scalar)
            case .set(let set): return .set(set)
            case .assertion: throw error(Words.regexBoundaryInClass, at: start)
            }
        }
        position += 1
        return .scalar(scalars[position - 1])
    }

    /// Adds a class member to the set being built.
    private func insert(_ member: ClassMember, into set: inout RegexCharacterClass) {
        switch member {
        case .scalar(let scalar): set.insert(scalar.value...scalar.value)
        case .set(let other): set.insert(contentsOf: other)
        }
    }

    /// What an escape stands for.
    private enum Escape {
        case scalar(Unicode.Scalar)
        case set(RegexCharacterClass)
        case assertion(RegexAssertion)
    }

    /// An escape at `\`: a shorthand class, a boundary, a control character, `\xHH`, `\uHHHH`, or escaped
    /// punctuation; letters and digits with no meaning are refused rather than read as themselves (a digit
    /// outside a class as a backreference).
    private mutating func parseEscape(inClass: Bool) throws -> Escape {
        let start = position
        position += 1
        guard let character = next else { throw error(Words.regexTrailingBackslash, at: start) }
        position += 1
        switch character {
        case "d": return .set(.digits)
        case "D": return .set(RegexCharacterClass.digits.negated)
        case "w": return .set(.wordCharacters)
        case "W": return .set(RegexCharacterClass.wordCharacters.negated)
        case "s": return .set(.whiteSpace)
        case "S": return .set(RegexCharacterClass.whiteSpace.negated)
        case "b", "B":
            return .assertion(character == "b" ? .wordBoundary : .notWordBoundary)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "v": return .scalar("\u{0B}")
        case "x", "u": return .scalar(try hexScalar(escape: character, escapeStart: start))
        case "1"..."9" where !inClass:
            throw error(Words.regexBackreference, at: start)
        default:
            if Self.isASCIILetter(character) || Self.isASCIIDigit(character) {
                throw error(Words.regexUnknownEscape(text(from: start)), at: start)
            }
            return .scalar(character)
        }
    }

    /// The scalar of the hexadecimal digits after `\x` (two) or `\u` (four).
    private mutating func hexScalar(escape: Unicode.Scalar, escapeStart: Int) throws -> Unicode.Scalar {
        let digits = escape == "x" ? 2 : 4
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let character = next, character.isASCII, let digit = UInt32(String(character), radix: 16) else {
                throw error(Words.regexHexDigits("\\" + String(escape), count: digits), at: escapeStart)
            }
            value = value * 16 + digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error(Words.regexNotACharacter(text(from: escapeStart)), at: escapeStart)
        }
        return scalar
    }

    /// Whether a scalar is one of `A`-`Z` and `a`-`z`.
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether a scalar is one of `0`-`9`.
    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The pattern's text from scalar `start` up to the reading position, for messages.
    private func text(from start: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<min(position, scalars.count)]))
    }

    /// An error with a caret at scalar `index`, given to the caller as a character offset into the pattern.
    private func error(_ message: Message, at index: Int) -> RapportError {
        let before = String(String.UnicodeScalarView(scalars[..<min(index, scalars.count)]))
        return RapportError(message).pointing(at: before.count, in: source)
    }
}
