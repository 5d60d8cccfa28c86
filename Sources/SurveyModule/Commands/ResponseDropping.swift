import RapportCore

/// `survey drop-response NAME ID`: removes every answer of one respondent (undo brings them back).
enum ResponseDropping {
    /// The respondent whose answers go.
    static let respondent = Positional("ID", .text)

    /// Removes the respondent's answers or says there are none.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let idWord = invocation[Self.respondent]
        var table = try ResponseTable(loading: definition.name, from: context.workspace)
        guard table.remove(idWord.text) else {
            throw invocation.error(Words.unknownRespondent(idWord.text, definition.name)
                .suggesting(Suggestion.closest(to: idWord.text, among: table.respondents)), at: idWord)
        }
        try context.workspace.put(table.dataset, replacing: true)
        return .message(context.say(Words.responseDropped(idWord.text, definition.name)), [("respondent", .string(idWord.text))])
    }
}
