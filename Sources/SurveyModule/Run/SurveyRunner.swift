import Foundation
import RapportCore

/// Asks one respondent the questions they have not answered yet, reading answers from the shell's input, and keeps
/// every answer in the workspace the moment it is given.
struct SurveyRunner {
    /// The survey.
    let definition: SurveyDefinition
    /// The respondent's id.
    let respondent: String
    /// The respondent's group, if any.
    let group: String?
    /// The respondent's role.
    let role: Role
    /// The command's context: workspace, input and console.
    let context: CommandContext

    /// How the run ended.
    enum Outcome: Equatable {
        /// Every question has an answer (or was skipped).
        case complete
        /// The respondent stopped after this many answered questions.
        case stopped(answered: Int)
    }

    /// Runs from the first unanswered question to the last, or until the respondent quits.
    func run(_ input: LineReader, table startTable: ResponseTable) throws -> Outcome {
        var table = startTable
        let questions = Question.all(in: definition.instrument)
        var given = table.answers(of: respondent)
        guard var index = questions.firstIndex(where: { given[$0.key] == nil }) else { return .complete }
        var header: String? = introduction(resuming: !given.isEmpty)
        var notice: String?
        while index < questions.count {
            let question = questions[index]
            if input.isInteractive {
                let screen = QuestionScreen(definition: definition, context: context)
                let text = (header ?? "") + screen.text(question, number: index + 1, of: questions.count, previous: given[question.key])
                    + (notice.map { $0 + "\n" } ?? "")
                context.console.out(screen.clear + context.console.fitted(TerminalText.visibleKeepingLines(text)))
            }
            header = nil
            notice = nil
            let read = input.readLine(prompt: input.isInteractive ? "\(index + 1)/\(questions.count)> " : "")
            guard case .line(let line) = read else {
                if read == .interrupted {
                    var interruption = RapportError(Words.runInterrupted(respondent, given.count, questions.count, definition.name))
                    interruption.isInterruption = true
                    throw interruption
                }
                if input.isInteractive { return .stopped(answered: given.count) }
                throw RapportError(Words.answersEnded(index + 1, questions.count, respondent),
                                   at: SourcePosition(file: input.sourceName, line: input.lineNumber + 1))
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            switch AnswerLine.parse(trimmed, for: definition.instrument) {
            case .failure(var reason):
                guard input.isInteractive else {
                    if looksLikeACommand(trimmed) { reason.message = reason.message.joined(Words.answerLooksLikeCommand, separator: " — ") }
                    throw reason.located(file: input.sourceName, line: input.lineNumber)
                }
                notice = context.console.red(context.say(reason.message))
            case .success(.quit):
                return .stopped(answered: given.count)
            case .success(.help):
                notice = context.say(Words.runHelp(definition.instrument))
            case .success(.back):
                if index > 0 {
                    index -= 1
                } else {
                    notice = context.say(Words.nothingBefore)
                }
            case .success(.skip):
                guard definition.instrument.allowsSkip else {
                    let refusal = RapportError(Words.skipNotAllowed)
                    guard input.isInteractive else { throw refusal.located(file: input.sourceName, line: input.lineNumber) }
                    notice = context.console.red(context.say(refusal.message))
                    continue
                }
                given[question.key] = try keep(StoredAnswer(respondent: respondent, group: group, role: role.rawValue,
                                                            question: question.key, answer: trimmed, numbers: []), in: &table)
                index += 1
            case .success(.numbers(let numbers)):
                given[question.key] = try keep(StoredAnswer(respondent: respondent, group: group, role: role.rawValue,
                                                            question: question.key, answer: trimmed, numbers: numbers), in: &table)
                index += 1
            }
        }
        return .complete
    }

    /// Whether a script line given as an answer starts with a command's name, as when answers are missing above it.
    private func looksLikeACommand(_ line: String) -> Bool {
        guard let word = line.split(separator: " ").first else { return false }
        return context.registry.command(named: String(word)) != nil
    }

    /// Records an answer and saves it at once, so nothing is lost when the run ends abruptly.
    private func keep(_ answer: StoredAnswer, in table: inout ResponseTable) throws -> StoredAnswer {
        table.record(answer)
        try context.workspace.put(table.dataset, replacing: true)
        try context.workspace.keepProgress(replayEnd: AnswerLine.quitWord)
        return answer
    }

    /// The lines shown above the first question: title, introduction (or that the run resumes), how to answer.
    private func introduction(resuming: Bool) -> String {
        let instrument = definition.instrument
        var text = context.console.bold(instrument.title.text(context.language)) + "\n"
        if resuming {
            text += context.say(Words.resuming(respondent)) + "\n"
        } else if let introduction = instrument.introduction {
            text += introduction.text(context.language) + "\n"
        }
        return text + context.say(Words.runHelp(instrument)) + "\n"
    }
}
