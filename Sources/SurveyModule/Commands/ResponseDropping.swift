import RapportCore

/// `survey drop-response NAME ID`: removes every answer of one respondent (undo brings them back).
enum ResponseDropping {
    /// Removes the respondent's answers or says there are none.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation.positionals[0].text, from: context.workspace)
        let idWord = invocation.positionals[1]
        var table = try ResponseTable(loading: definition.name, from: context.workspace)
        guard table.remove(idWord.text) else {
            throw invocation.error(Words.unknownRespondent(idWord.text, definition.name)
                .suggesting(Suggestion.closest(to: idWord.text, among: table.respondents)), at: idWord)
        }
        try context.workspace.put(table.dataset, replacing: true)
        return .message(context.say(Words.responseDropped(idWord.text, definition.name)), [("respondent", .string(idWord.text))])
    }
}
