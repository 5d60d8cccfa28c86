/// Messages of the regular-expression engine: why a pattern cannot be used.
extension Words {
    /// A `(` whose group is never closed.
    public static let regexUnclosedGroup = Message(en: "this '(' has no matching ')'",
                                                   de: "zu dieser '(' fehlt die schließende ')'")
    /// A `)` that closes no group.
    public static let regexUnmatchedParenthesis = Message(en: "this ')' closes no group",
                                                          de: "diese ')' schließt keine Gruppe")
    /// A `[` whose class is never closed.
    public static let regexUnclosedClass = Message(en: "this '[' has no matching ']'",
                                                   de: "zu dieser '[' fehlt die schließende ']'")
    /// A backslash as the pattern's last character.
    public static let regexTrailingBackslash = Message(
        en: "the pattern ends with a lone backslash; write \\\\ for a backslash",
        de: "das Muster endet mit einem einzelnen Backslash; \\\\ steht für einen Backslash")
    /// A range in a class with a shorthand such as `\d` at one end.
    public static let regexRangeNeedsCharacters = Message(
        en: "a range in [...] must start and end with single characters, not with a class like \\d",
        de: "ein Bereich in [...] muss mit einzelnen Zeichen beginnen und enden, nicht mit einer Klasse wie \\d")
    /// `\b` or `\B` inside a class.
    public static let regexBoundaryInClass = Message(
        en: "\\b and \\B stand for word boundaries and cannot be used inside [...]",
        de: "\\b und \\B stehen für Wortgrenzen und können nicht in [...] stehen")
    /// A backreference such as `\1`.
    public static let regexBackreference = Message(
        en: "backreferences like \\1 are not supported: rapport matches every pattern in linear time, "
            + "and backreferences need backtracking",
        de: "Rückverweise wie \\1 werden nicht unterstützt: rapport prüft jedes Muster in linearer Zeit, "
            + "und Rückverweise brauchen Backtracking")
    /// A lookahead or lookbehind group.
    public static let regexLookaround = Message(
        en: "lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: rapport matches every pattern "
            + "in linear time, and these need backtracking",
        de: "Lookahead und Lookbehind ((?=, (?!, (?<=, (?<!) werden nicht unterstützt: rapport prüft jedes Muster "
            + "in linearer Zeit, und diese brauchen Backtracking")
    /// A named group such as `(?P<name>...)`.
    public static let regexNamedGroup = Message(
        en: "named groups are not supported; use a plain group ( ) and its number",
        de: "benannte Gruppen werden nicht unterstützt; eine einfache Gruppe ( ) und ihre Nummer verwenden")
    /// A `(?` followed by something rapport does not know.
    public static let regexUnknownGroup = Message(
        en: "unknown kind of group; known are ( ), (?: ) for a group that captures nothing, and (?i) or (?s) "
            + "at the start",
        de: "unbekannte Art von Gruppe; bekannt sind ( ), (?: ) für eine Gruppe, die nichts festhält, "
            + "und (?i) oder (?s) am Anfang")
    /// A flag group such as `(?i)` after the start, or scoped as `(?i:...)`.
    public static let regexFlagsOnlyAtStart = Message(
        en: "flags like (?i) are only allowed at the very start of the pattern, and apply to all of it",
        de: "Schalter wie (?i) sind nur ganz am Anfang des Musters erlaubt und gelten dann für das ganze Muster")

    /// A repetition operator with nothing (or only an anchor) before it.
    public static func regexNothingToRepeat(_ operator: String) -> Message {
        Message(en: "'\(`operator`)' has no character or group before it to repeat",
                de: "vor '\(`operator`)' steht kein Zeichen und keine Gruppe, die es wiederholen könnte")
    }
    /// A repetition operator right after another, such as `a**` or `a{2}+`.
    public static func regexRepeatedRepetition(_ operator: String) -> Message {
        Message(en: "'\(`operator`)' follows another repetition; put the first in a group (?:...) to repeat it",
                de: "'\(`operator`)' folgt auf eine andere Wiederholung; die erste in eine Gruppe (?:...) setzen, "
                    + "um sie zu wiederholen")
    }
    /// A count in `{n,m}` above the limit.
    public static func regexRepetitionTooLarge(_ maximum: Int) -> Message {
        Message(en: "a count in {...} can be at most \(maximum)",
                de: "eine Anzahl in {...} darf höchstens \(maximum) sein")
    }
    /// `{n,m}` with n above m.
    public static func regexRepetitionBackwards(_ minimum: Int, _ maximum: Int) -> Message {
        Message(en: "{\(minimum),\(maximum)} has its minimum above its maximum",
                de: "bei {\(minimum),\(maximum)} liegt das Minimum über dem Maximum")
    }
    /// A class range such as `z-a`.
    public static func regexRangeBackwards(_ low: String, _ high: String) -> Message {
        Message(en: "the range \(low)-\(high) runs backwards", de: "der Bereich \(low)-\(high) läuft rückwärts")
    }
    /// A backslash before a letter or digit with no meaning.
    public static func regexUnknownEscape(_ escape: String) -> Message {
        Message(en: "unknown escape '\(escape)'; known are \\d \\D \\w \\W \\s \\S \\b \\B \\t \\n \\r \\f \\v "
                    + "\\xHH \\uHHHH, and a backslash before punctuation",
                de: "unbekanntes Escape '\(escape)'; bekannt sind \\d \\D \\w \\W \\s \\S \\b \\B \\t \\n \\r \\f \\v "
                    + "\\xHH \\uHHHH und ein Backslash vor einem Satzzeichen")
    }
    /// `\x` or `\u` without enough hexadecimal digits.
    public static func regexHexDigits(_ escape: String, count: Int) -> Message {
        Message(en: "'\(escape)' needs exactly \(count) hexadecimal digits",
                de: "'\(escape)' braucht genau \(count) Hexadezimalziffern")
    }
    /// `\uD800` and the like: a surrogate, which is no character.
    public static func regexNotACharacter(_ escape: String) -> Message {
        Message(en: "'\(escape)' is no character (a UTF-16 surrogate)",
                de: "'\(escape)' ist kein Zeichen (ein UTF-16-Surrogat)")
    }
    /// A letter in a flag group other than `i` and `s`.
    public static func regexUnknownFlag(_ flag: String) -> Message {
        Message(en: "unknown flag '\(flag)'; known are i (ignore case) and s (. matches a line break too)",
                de: "unbekannter Schalter '\(flag)'; bekannt sind i (Groß-/Kleinschreibung egal) "
                    + "und s (. passt auch auf einen Zeilenumbruch)")
    }
    /// More capturing groups than the engine keeps.
    public static func regexTooManyGroups(_ maximum: Int) -> Message {
        Message(en: "the pattern has more than \(maximum) groups; use (?:...) for groups that need not capture",
                de: "das Muster hat mehr als \(maximum) Gruppen; (?:...) für Gruppen verwenden, die nichts festhalten")
    }
    /// Groups nested deeper than the parser goes.
    public static func regexTooDeep(_ maximum: Int) -> Message {
        Message(en: "the pattern nests groups more than \(maximum) deep",
                de: "das Muster verschachtelt Gruppen tiefer als \(maximum) Ebenen")
    }
    /// A pattern whose program would exceed the size limit.
    public static func regexTooLarge(_ maximum: Int) -> Message {
        Message(en: "the pattern is too large: it would need more than \(maximum) steps; use smaller counts in {...}",
                de: "das Muster ist zu groß: es bräuchte mehr als \(maximum) Schritte; kleinere Anzahlen in {...} "
                    + "verwenden")
    }
}
