import RapportCore

/// Messages of survey instruments: reading, checking and adding them.
extension Words {
    static func instrumentBadJSON(_ problem: Message) -> Message {
        Message(en: "the instrument is not valid JSON: ", de: "das Instrument ist kein gültiges JSON: ").joined(problem, separator: "")
    }
    static func instrumentMissing(_ path: String) -> Message {
        Message(en: "\(path) is missing", de: "\(path) fehlt")
    }
    static func instrumentWrongKind(_ path: String) -> Message {
        Message(en: "\(path) has the wrong kind of value (see docs/SURVEY-INSTRUMENTS.md)",
                de: "\(path) hat die falsche Art von Wert (siehe docs/SURVEY-INSTRUMENTS.md)")
    }
    /// A field that takes a whole number holding another number.
    static func instrumentNotWhole(_ path: String, _ value: Double) -> Message {
        Message(en: "\(path) needs a whole number, not \(JSONWriter.numberText(value))",
                de: "\(path) braucht eine ganze Zahl, nicht \(JSONWriter.numberText(value))")
    }
    static func instrumentEmpty(_ path: String) -> Message {
        Message(en: "\(path) is empty", de: "\(path) ist leer")
    }
    static func instrumentBadID(_ path: String, _ id: String) -> Message {
        Message(en: "\(path): '\(id)' cannot be an instrument id (a letter first, then letters, digits, _ or -)",
                de: "\(path): '\(id)' taugt nicht als Instrument-ID (zuerst ein Buchstabe, dann Buchstaben, Ziffern, _ oder -)")
    }
    static let instrumentNoItems = Message(en: "items: the instrument has no items", de: "items: das Instrument hat keine Fragen")
    static func instrumentBadTotal(_ total: Int, largest: Int) -> Message {
        Message(en: "total: \(total) points cannot be split; give a whole number from 1 to \(largest)",
                de: "total: \(total) Punkte lassen sich nicht verteilen; eine ganze Zahl von 1 bis \(largest) angeben")
    }
    static func instrumentBadPoints(_ points: Int) -> Message {
        Message(en: "points: a rating scale of 1–\(points) is not offered; use 5 or 7",
                de: "points: eine Skala von 1–\(points) gibt es nicht; 5 oder 7 verwenden")
    }
    static let instrumentValuesNeedLikert = Message(en: "valueItems: only likert instruments can ask about the client's values",
                                                    de: "valueItems: nur Likert-Instrumente können nach den Werten des Kunden fragen")
    static func instrumentTooFew(_ path: String, _ minimum: Int) -> Message {
        Message(en: "\(path): at least \(minimum) needed", de: "\(path): mindestens \(minimum) nötig")
    }
    static func instrumentTooMany(_ path: String, _ most: Int) -> Message {
        Message(en: "\(path): at most \(most) allowed", de: "\(path): höchstens \(most) erlaubt")
    }
    static func instrumentAlternativeCount(_ path: String, _ count: Int, _ expected: Int) -> Message {
        Message(en: "\(path).alternatives: \(count) texts, but the instrument has \(expected) alternatives",
                de: "\(path).alternatives: \(count) Texte, das Instrument hat aber \(expected) Alternativen")
    }
    static func instrumentUnknownScale(_ path: String, _ scale: String) -> Message {
        Message(en: "\(path): no scale '\(scale)' in scales", de: "\(path): keine Skala '\(scale)' in scales")
    }
    static func instrumentDuplicateID(_ path: String, _ id: String) -> Message {
        Message(en: "\(path): the id '\(id)' is used twice", de: "\(path): die ID '\(id)' kommt doppelt vor")
    }
}
