/// The syntax tree of a parsed pattern, before it is compiled to a `RegexProgram`.
indirect enum RegexNode: Sendable, Equatable {
    /// Matches the empty text (an empty pattern, branch or group).
    case empty
    /// One Unicode scalar, compared exactly.
    case scalar(Unicode.Scalar)
    /// One Unicode scalar out of a set: `[...]`, `.`, `\d` and friends, or a letter under `(?i)`.
    case characterClass(RegexCharacterClass)
    /// A place in the text rather than a character: `^`, `$`, `\b`, `\B`.
    case assertion(RegexAssertion)
    /// `( )` with its group number (counted from 1), or `(?: )` with none.
    case group(RegexNode, number: Int?)
    /// The parts one after another.
    case concatenation([RegexNode])
    /// The branches of `|`, the earlier preferred.
    case alternation([RegexNode])
    /// `*`, `+`, `?` or `{n,m}` (a nil maximum is unbounded); greedy prefers more, lazy fewer.
    case repetition(RegexNode, minimum: Int, maximum: Int?, isGreedy: Bool)

    /// Whether the node can match the empty text, which decides how a repetition of it is compiled.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: return true
        case .scalar, .characterClass: return false
        case .group(let inner, _): return inner.isNullable
        case .concatenation(let items): return items.allSatisfy(\.isNullable)
        case .alternation(let branches): return branches.contains(where: \.isNullable)
        case .repetition(let inner, let minimum, _, _): return minimum == 0 || inner.isNullable
        }
    }
}

/// A condition on the place between two characters, matching no character itself.
enum RegexAssertion: Sendable, Equatable {
    /// `^`: the start of the text.
    case textStart
    /// `$`: the end of the text (not before a final line break, unlike Python's `$`).
    case textEnd
    /// `\b`: a word character on one side and none on the other.
    case wordBoundary
    /// `\B`: no word boundary.
    case notWordBoundary
}
