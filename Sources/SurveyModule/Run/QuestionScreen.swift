import RapportCore

/// The text of one question as a person sees it: number, progress, the item and how to answer it.
struct QuestionScreen {
    /// The survey.
    let definition: SurveyDefinition
    /// The context, for language and console styling.
    let context: CommandContext

    /// Clears the terminal so each question has the screen to itself; nothing when output is not a terminal.
    var clear: String {
        context.console.isTerminal ? "\u{1B}[H\u{1B}[2J" : ""
    }

    /// The screen for a question, with the answer given before when the respondent came back to it.
    func text(_ question: Question, number: Int, of count: Int, previous: StoredAnswer?) -> String {
        let instrument = definition.instrument
        let language = context.language
        var lines = ["", context.console.bold(context.say(Words.questionHeading(number, count))) + "  "
                     + context.console.dim(progressBar(number - 1, of: count))]
        if let round = question.round {
            lines.append(question.item.text.text(language) + " — " + round.text.text(language))
        } else {
            lines.append(question.item.text.text(language))
        }
        switch instrument.type {
        case .ipsative:
            let names = instrument.alternatives ?? []
            for (index, alternative) in (question.item.alternatives ?? []).enumerated() {
                let letter = String(UnicodeScalar(UInt8(97 + index)))
                let name = index < names.count ? names[index].text.text(language) : ""
                lines.append("  \(letter)) \(alternative.text(language)) " + context.console.dim("[\(name)]"))
            }
            lines.append(context.say(Words.ipsativeInstruction(instrument.total ?? 0, count: names.count)))
        case .likert:
            lines.append(context.console.dim(instrument.anchors?.text(language) ?? context.say(Words.likertInstruction(instrument.points ?? 5))))
        }
        if let previous { lines.append(context.say(Words.previousAnswer(previous.answer))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar of 20 cells filled in proportion to the questions done.
    private func progressBar(_ done: Int, of count: Int) -> String {
        let filled = count > 0 ? done * 20 / count : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
    }
}
