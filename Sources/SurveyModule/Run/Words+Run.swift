import RapportCore

/// Messages of the question loop: reading answers and reporting progress.
extension Words {
    static func answerBadLetter(_ part: String, last: String) -> Message {
        Message(en: "'\(part)' is not a letter from a to \(last) with points, such as a=40",
                de: "'\(part)' ist kein Buchstabe von a bis \(last) mit Punkten, etwa a=40")
    }
    static func answerLetterTwice(_ letter: String) -> Message {
        Message(en: "\(letter) is given twice", de: "\(letter) ist doppelt angegeben")
    }
    static func answerNotPoints(_ text: String) -> Message {
        Message(en: "'\(text)' is not a whole number of points (0 or more)",
                de: "'\(text)' ist keine ganze Punktzahl (0 oder mehr)")
    }
    static func answerAboveTotal(_ number: Int, _ total: Int) -> Message {
        Message(en: "\(number) is more than the \(total) points there are", de: "\(number) ist mehr als die \(total) Punkte, die es gibt")
    }
    static func answerCount(_ count: Int, _ expected: Int) -> Message {
        Message(en: "\(count) numbers given; \(expected) are needed, one per alternative",
                de: "\(count) Zahlen angegeben; \(expected) sind nötig, eine je Alternative")
    }
    static func answerWrongTotal(_ sum: Int, _ total: Int) -> Message {
        Message(en: "these add up to \(sum); \(total) are needed", de: "das ergibt zusammen \(sum); \(total) sind nötig")
    }
    static func answerOutOfScale(_ text: String, _ points: Int) -> Message {
        Message(en: "'\(text)' is not a rating; give a whole number from 1 to \(points)",
                de: "'\(text)' ist keine Bewertung; eine ganze Zahl von 1 bis \(points) angeben")
    }
    static let skipNotAllowed = Message(en: "this survey does not allow skipping an item",
                                        de: "in dieser Umfrage kann keine Frage übersprungen werden")
    /// A script line taken as an answer that starts with a command's name.
    static let answerLooksLikeCommand = Message(
        en: "this line looks like a command: are answers missing above it? (each answer is a line of its own)",
        de: "diese Zeile sieht wie ein Befehl aus: fehlen darüber Antworten? (jede Antwort ist eine eigene Zeile)")
    static let nothingBefore = Message(en: "this is the first item; there is nothing to go back to",
                                       de: "das ist die erste Frage; es gibt nichts davor")
    static func answersEnded(_ number: Int, _ count: Int, _ respondent: String) -> Message {
        Message(en: "the answers end before item \(number) of \(count) for \(respondent); the answers given are kept",
                de: "die Antworten enden vor Frage \(number) von \(count) für \(respondent); die gegebenen Antworten bleiben gespeichert")
    }
    static func resuming(_ respondent: String) -> Message {
        Message(en: "Resuming \(respondent) at the first unanswered item.",
                de: "Weiter mit \(respondent) bei der ersten unbeantworteten Frage.")
    }
    static func questionHeading(_ number: Int, _ count: Int) -> Message {
        Message(en: "Item \(number) of \(count)", de: "Frage \(number) von \(count)")
    }
    static func ipsativeInstruction(_ total: Int, count: Int) -> Message {
        let last = AnswerLine.lastLetter(count)
        return Message(en: "Split \(total) points: \(count) numbers in the order a…\(last), or a=… \(last)=…",
                       de: "\(total) Punkte verteilen: \(count) Zahlen in der Reihenfolge a…\(last), oder a=… \(last)=…")
    }
    static func likertInstruction(_ points: Int) -> Message {
        Message(en: "Rate from 1 to \(points)", de: "Bewerten Sie von 1 bis \(points)")
    }
    static func previousAnswer(_ answer: String) -> Message {
        Message(en: "(answered before: \(answer))", de: "(vorher geantwortet: \(answer))")
    }
    static func runHelp(_ instrument: Instrument) -> Message {
        let skip = instrument.allowsSkip
        let answer = instrument.type == .ipsative
            ? ipsativeInstruction(instrument.total ?? 0, count: instrument.alternatives?.count ?? 0)
            : likertInstruction(instrument.points ?? 5)
        return answer.joined(Message(
            en: "; 'back' returns to the item before\(skip ? ", 'skip' leaves an item out" : ""), 'help' shows this, 'quit' stops (every answer is already saved).",
            de: "; 'zurück' geht zur vorigen Frage\(skip ? ", 'überspringen' lässt eine Frage aus" : ""), 'hilfe' zeigt dies, 'ende' hört auf (jede Antwort ist schon gespeichert)."),
            separator: "")
    }
    static func runInterrupted(_ respondent: String, _ answered: Int, _ count: Int, _ survey: String) -> Message {
        Message(en: "interrupted: \(respondent) has answered \(answered) of \(count) items, all saved; resume with survey run \(survey) --respondent \(respondent)",
                de: "unterbrochen: \(respondent) hat \(answered) von \(count) Fragen beantwortet, alle gespeichert; fortsetzen mit survey run \(survey) --respondent \(respondent)")
    }
}
