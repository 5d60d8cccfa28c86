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
}
