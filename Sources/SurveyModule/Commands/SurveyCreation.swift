import Foundation
import RapportCore

/// `survey new NAME --instrument ID [--values "A;B;C"] [--anonymous]`: a survey with an empty set of responses.
enum SurveyCreation {
    /// The new survey's name.
    static let name = Positional("NAME", .newName)
    /// `--instrument ID`: the instrument it asks.
    static let instrument = Flag("instrument", .text, valueName: "ID", Words.instrumentFlag)
    /// `--values "A;B;C"`: the client's values, for instruments that ask about them.
    static let values = Flag("values", .text, valueName: "\"A;B;C\"", Words.valuesFlag)
    /// `--anonymous`: respondents get numbers instead of names.
    static let anonymous = Switch("anonymous", Words.anonymousFlag)

    /// Creates the definition dataset `NAME-survey` and the responses dataset `NAME`.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let nameWord = invocation[Self.name]
        let name = nameWord.text
        guard DatasetName.isValid(name), DatasetName.isValid(SurveyDefinition.datasetName(name)) else {
            throw invocation.error(Words.badDatasetName(name), at: nameWord)
        }
        for taken in [name, SurveyDefinition.datasetName(name)] where context.workspace.contains(taken) {
            throw invocation.error(Words.datasetNameTaken(taken), at: nameWord)
        }
        guard let instrumentWord = invocation[Self.instrument] else {
            throw invocation.error(Words.instrumentNeeded, at: invocation.end)
        }
        let template: Instrument
        do {
            template = try InstrumentLibrary(context.workspace).instrument(instrumentWord.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: instrumentWord)
        }
        let values = try self.values(invocation, needed: template.needsValues)
        let definition = SurveyDefinition(name: name, instrument: template.expanded(values: values),
                                          anonymous: invocation[Self.anonymous], values: values)
        try context.workspace.put(definition.dataset)
        try context.workspace.put(ResponseTable(survey: name).dataset)
        let count = Question.all(in: definition.instrument).count
        return .message(context.say(Words.surveyCreated(name, template.id, count)),
                        [("survey", .string(name)), ("instrument", .string(template.id)), ("items", .integer(Int64(count)))])
    }

    /// The client's values from `--values "A;B;C"`: needed for value instruments, refused for others.
    private static func values(_ invocation: Invocation, needed: Bool) throws -> [String] {
        guard let word = invocation[Self.values] else {
            if needed { throw invocation.error(Words.valuesNeeded, at: invocation.end) }
            return []
        }
        guard needed else { throw invocation.error(Words.valuesNotUsed, at: word) }
        let values = word.text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !values.isEmpty, values.allSatisfy({ !$0.isEmpty }) else { throw invocation.error(Words.valuesEmpty, at: word) }
        guard Set(values).count == values.count else { throw invocation.error(Words.valuesTwice, at: word) }
        return values
    }
}
