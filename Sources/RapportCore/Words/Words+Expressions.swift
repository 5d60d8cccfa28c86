/// Messages of the expression language: syntax and type errors.
extension Words {
    /// The expression has no tokens at all.
    public static let expressionEmpty = Message(en: "the expression is empty", de: "der Ausdruck ist leer")
    /// The expression stops where an operand or a closing parenthesis is needed.
    public static let expressionEndsEarly = Message(en: "the expression ends too early", de: "der Ausdruck endet zu früh")
    /// `is` is not followed by `missing` or `not missing`.
    public static let expectedMissing = Message(en: "expected 'missing' or 'not missing' after 'is'",
                                                de: "nach 'is' wird 'missing' oder 'not missing' erwartet")
    /// The list after `in` holds something that is not a literal.
    public static let listNeedsLiterals = Message(en: "the list after 'in' takes only numbers, quoted texts, true or false",
                                                  de: "die Liste nach 'in' nimmt nur Zahlen, Texte in Anführungszeichen, true oder false")

    /// An expression nested or chained deeper than rapport walks.
    public static func expressionTooDeep(_ maximum: Int) -> Message {
        Message(en: "the expression nests or chains more than \(maximum) operations deep; split it with derive",
                de: "der Ausdruck ist tiefer als \(maximum) Operationen verschachtelt oder verkettet; mit derive aufteilen")
    }
    /// A character that starts no token.
    public static func unexpectedCharacter(_ character: Character) -> Message {
        Message(en: "unexpected character '\(character)' in the expression",
                de: "unerwartetes Zeichen '\(character)' im Ausdruck")
    }
    /// A token where none of its kind may stand.
    public static func unexpectedInExpression(_ token: String) -> Message {
        Message(en: "unexpected '\(token)' in the expression", de: "unerwartetes '\(token)' im Ausdruck")
    }
    /// A closing symbol is missing at the end.
    public static func expectedSymbol(_ symbol: String) -> Message {
        Message(en: "expected '\(symbol)' here", de: "hier wird '\(symbol)' erwartet")
    }
    /// A name followed by `(` that is no function.
    public static func unknownFunction(_ name: String) -> Message {
        Message(en: "unknown function '\(name)'", de: "unbekannte Funktion '\(name)'")
    }
    /// A function called with too few or too many arguments.
    public static func wrongArgumentCount(_ name: String, expected: Message, got: Int) -> Message {
        Message(en: "\(name)() takes \(expected.en), not \(got)", de: "\(name)() nimmt \(expected.de), nicht \(got)")
    }
    /// How many arguments a function takes, for `wrongArgumentCount`.
    public static func argumentRange(_ minimum: Int, _ maximum: Int?) -> Message {
        guard let maximum else { return Message(en: "at least \(minimum) arguments", de: "mindestens \(minimum) Argumente") }
        if maximum == minimum {
            return Message(en: "\(minimum) argument\(minimum == 1 ? "" : "s")", de: "\(minimum) Argument\(minimum == 1 ? "" : "e")")
        }
        return Message(en: "\(minimum) or \(maximum) arguments", de: "\(minimum) oder \(maximum) Argumente")
    }
    /// An operand or argument of the wrong type.
    public static func needsType(_ what: String, expected: Message, found: ColumnType) -> Message {
        let name = typeName(found)
        return Message(en: "\(what) needs \(expected.en), not \(name.en)", de: "\(what) braucht \(expected.de), nicht \(name.de)")
    }
    /// Two values that cannot be compared or combined.
    public static func cannotCombine(_ what: String, _ left: ColumnType, _ right: ColumnType) -> Message {
        let leftName = typeName(left), rightName = typeName(right)
        return Message(en: "\(what) cannot combine \(leftName.en) with \(rightName.en)",
                       de: "\(what) kann \(leftName.de) nicht mit \(rightName.de) verbinden")
    }
    /// A string compared with a time that is no ISO time.
    public static func notATime(_ text: String) -> Message {
        Message(en: "'\(text)' is not a time (write it as 2025-03-01 or 2025-03-01T14:30)",
                de: "'\(text)' ist kein Zeitpunkt (so schreiben: 2025-03-01 oder 2025-03-01T14:30)")
    }
    /// What a type is called in messages.
    public static func typeName(_ type: ColumnType) -> Message {
        switch type {
        case .integer: return Message(en: "a whole number", de: "eine ganze Zahl")
        case .decimal: return Message(en: "a decimal number", de: "eine Dezimalzahl")
        case .boolean: return Message(en: "true/false", de: "wahr/falsch")
        case .time: return Message(en: "a time", de: "einen Zeitpunkt")
        case .text: return Message(en: "text", de: "Text")
        }
    }
    /// What an operand must be, for `needsType`.
    public static let aNumber = Message(en: "a number", de: "eine Zahl")
    /// What a condition must be, for `needsType`.
    public static let trueOrFalse = Message(en: "true or false", de: "wahr oder falsch")
    /// What a text operand must be, for `needsType`.
    public static let someText = Message(en: "text", de: "Text")
    /// What a time operand must be, for `needsType`.
    public static let aTime = Message(en: "a time", de: "einen Zeitpunkt")
    /// What a whole-number argument must be, for `needsType`.
    public static let aWholeNumber = Message(en: "a whole number", de: "eine ganze Zahl")
    /// The name conditions use in type messages.
    public static let condition = Message(en: "a condition", de: "eine Bedingung")

    /// A regular expression or time format given as something other than a quoted text.
    public static func needsQuotedLiteral(_ what: String, example: String) -> Message {
        Message(en: "\(what) takes its pattern or format as a quoted text, such as \(example)",
                de: "\(what) nimmt sein Muster oder Format als Text in Anführungszeichen, etwa \(example)")
    }
    /// A group number of `regexextract` the pattern does not have.
    public static func regexGroupOutOfRange(_ group: Int64, groups: Int) -> Message {
        Message(en: "the pattern has \(groups) group\(groups == 1 ? "" : "s"), so there is no group \(group) "
                    + "(0 is the whole match)",
                de: "das Muster hat \(groups) Gruppe\(groups == 1 ? "" : "n"), also keine Gruppe \(group) "
                    + "(0 ist der ganze Treffer)")
    }
    /// `x == null` and the like, which is missing on every row.
    public static let compareWithMissing = Message(
        en: "a comparison with missing is missing on every row; write 'x is missing' or 'x is not missing'",
        de: "ein Vergleich mit missing fehlt in jeder Zeile; 'x is missing' oder 'x is not missing' schreiben")
    /// An unknown column where the text around it, hyphens included, names a column that needs backticks.
    public static func columnNeedsBackticks(_ written: String, column: String) -> Message {
        Message(en: "the column '\(column)' exists, but a hyphen in an expression subtracts: write it in backticks, "
                    + "`\(column)`",
                de: "die Spalte '\(column)' gibt es, aber ein Bindestrich in einem Ausdruck zieht ab: in Backticks "
                    + "schreiben, `\(column)`")
    }

    /// The heading over the list of functions in help.
    public static let functionsHeading = Message(en: "Functions (a function of a missing value is missing, except if, "
                                                     + "coalesce and 'is missing'):",
                                                 de: "Funktionen (eine Funktion eines fehlenden Werts fehlt, außer if, "
                                                     + "coalesce und 'is missing'):")
    /// `if(cond, a, b)`.
    public static let ifFunction = Message(
        en: "a where cond is true, b where it is false, missing where it is missing; a and b of one type "
            + "(whole numbers and decimals mix as decimals); nest for more cases",
        de: "a, wo cond wahr ist, b, wo falsch, fehlend, wo cond fehlt; a und b vom selben Typ "
            + "(ganze Zahlen und Dezimalzahlen ergeben Dezimalzahlen); für mehr Fälle verschachteln")
    /// `coalesce(a, b, …)`.
    public static let coalesceFunction = Message(en: "the first argument that is not missing",
                                                 de: "das erste Argument, das nicht fehlt")
    /// `missing()` and `null`.
    public static let missingFunction = Message(en: "a missing value (of the type the other side needs)",
                                                de: "ein fehlender Wert (vom Typ, den die andere Seite braucht)")
    /// `number(text)`.
    public static let numberFunction = Message(
        en: "the number a text spells, by the import's rules: 1,234.5 and 1.234,5, 3.3k, 1,2 Mio., 45 % = 0.45; "
            + "a value both separators read (1,234) goes with the column's other values, else the point is decimal; "
            + "missing where it spells none",
        de: "die Zahl, die ein Text schreibt, nach den Regeln des Imports: 1,234.5 und 1.234,5, 3.3k, 1,2 Mio., "
            + "45 % = 0,45; ein Wert, den beide Trennzeichen lesen (1,234), folgt den anderen Werten der Spalte, "
            + "sonst ist der Punkt das Dezimalzeichen; fehlend, wo er keine schreibt")
    /// `time(text[, format])`.
    public static let timeFunction = Message(
        en: "the time a text spells: by the import's rules, or by a format in strftime notation such as "
            + "'%d.%m.%Y %H:%M'; a wall-clock time in the timezone setting unless it has an offset (%z)",
        de: "der Zeitpunkt, den ein Text schreibt: nach den Regeln des Imports oder nach einem Format in "
            + "strftime-Schreibweise wie '%d.%m.%Y %H:%M'; eine Uhrzeit in der Einstellung timezone, außer sie hat "
            + "einen Versatz (%z)")
    /// `text(x)`.
    public static let textFunction = Message(
        en: "a value as text: 1234, 0.45, true, times as 2025-03-01 14:05:00 in the timezone setting",
        de: "ein Wert als Text: 1234, 0.45, true, Zeitpunkte als 2025-03-01 14:05:00 in der Einstellung timezone")
    /// `lower(x)`.
    public static let lowerFunction = Message(en: "text in lowercase", de: "Text in Kleinbuchstaben")
    /// `upper(x)`.
    public static let upperFunction = Message(en: "text in uppercase", de: "Text in Großbuchstaben")
    /// `trim(x)`.
    public static let trimFunction = Message(en: "text without the blanks and line breaks around it",
                                             de: "Text ohne die Leerzeichen und Zeilenumbrüche um ihn herum")
    /// `len(x)`.
    public static let lenFunction = Message(en: "the number of characters of a text",
                                            de: "die Anzahl der Zeichen eines Texts")
    /// `replace(text, from, to)`.
    public static let replaceFunction = Message(en: "text with every occurrence of from (plain text, no pattern) "
                                                    + "replaced by to",
                                                de: "Text, in dem jedes Vorkommen von from (reiner Text, kein Muster) "
                                                    + "durch to ersetzt ist")
    /// `substring(text, start[, length])`.
    public static let substringFunction = Message(
        en: "length characters (else the rest) from character start, counting from 1 as SQL does; positions "
            + "before 1 or past the end hold nothing; a negative length is missing",
        de: "length Zeichen (sonst der Rest) ab Zeichen start, von 1 an gezählt wie in SQL; Stellen vor 1 oder "
            + "nach dem Ende enthalten nichts; eine negative Länge fehlt")
    /// `regexmatch(text, pattern)`.
    public static let regexmatchFunction = Message(
        en: "whether a regular expression matches anywhere in the text (RE2 syntax, linear time, no backreferences "
            + "or lookaround; write the pattern in single quotes: '\\d+')",
        de: "ob ein regulärer Ausdruck irgendwo im Text passt (RE2-Syntax, lineare Zeit, ohne Rückverweise und "
            + "Lookaround; das Muster in einfache Anführungszeichen setzen: '\\d+')")
    /// `regexextract(text, pattern[, group])`.
    public static let regexextractFunction = Message(
        en: "the first match's group (default: 1 if the pattern has a group, else the whole match, 0); missing "
            + "where nothing matches",
        de: "die Gruppe des ersten Treffers (Standard: 1, wenn das Muster eine Gruppe hat, sonst der ganze Treffer, "
            + "0); fehlend, wo nichts passt")
    /// `month(t)`.
    public static let monthFunction = Message(en: "the month, 1–12, in the timezone setting",
                                              de: "der Monat, 1–12, in der Einstellung timezone")
    /// `weekday(t)`.
    public static let weekdayFunction = Message(en: "the ISO weekday, 1 = Monday … 7 = Sunday, in the timezone setting",
                                                de: "der ISO-Wochentag, 1 = Montag … 7 = Sonntag, in der Einstellung "
                                                    + "timezone")
    /// `hour(t)`.
    public static let hourFunction = Message(en: "the hour, 0–23, in the timezone setting",
                                             de: "die Stunde, 0–23, in der Einstellung timezone")
    /// `date(t)`.
    public static let dateFunction = Message(
        en: "the start of the time's day in the timezone setting (midnight there, or the first moment of the day "
            + "where a clock change skips midnight)",
        de: "der Beginn des Tages des Zeitpunkts in der Einstellung timezone (Mitternacht dort, oder der erste "
            + "Moment des Tages, wo eine Zeitumstellung Mitternacht überspringt)")
    /// `abs(x)`.
    public static let absFunction = Message(en: "the absolute value", de: "der Betrag")
    /// `round(x[, digits])`.
    public static let roundFunction = Message(
        en: "rounded half away from zero to digits places (default 0; negative rounds to tens, hundreds …)",
        de: "gerundet, die Hälfte von null weg, auf digits Stellen (Standard 0; negativ rundet auf Zehner, "
            + "Hunderter …)")
    /// `log(x)`.
    public static let logFunction = Message(en: "the natural logarithm; missing for 0 and below",
                                            de: "der natürliche Logarithmus; fehlend für 0 und darunter")
}
