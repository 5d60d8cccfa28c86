import RapportCore

/// `survey status NAME`: the instrument, and per respondent how many items are answered and whether they are done.
enum SurveyStatus {
    /// One row per respondent with answered, skipped and complete.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let table = try ResponseTable(loading: definition.name, from: context.workspace)
        let questions = Question.all(in: definition.instrument)
        let respondents = table.respondents
        let answers = respondents.map { table.answers(of: $0) }
        let answered = answers.map { given in questions.filter { given[$0.key].map { !$0.numbers.isEmpty } ?? false }.count }
        let skipped = answers.map { given in questions.filter { given[$0.key].map { $0.numbers.isEmpty } ?? false }.count }
        let complete = answers.map { given in questions.allSatisfy { given[$0.key] != nil } }
        let status = Dataset(name: "status", columns: [
            .text(context.say(Words.respondentColumn), respondents),
            .text(context.say(Words.groupColumn), respondents.map { table.first(of: $0)?.group }),
            .text(context.say(Words.roleColumn), respondents.map { table.first(of: $0)?.role }),
            .integer(context.say(Words.answeredColumn), answered.map { Int64($0) }),
            .integer(context.say(Words.skippedColumn), skipped.map { Int64($0) }),
            .text(context.say(Words.completeColumn), complete.map { context.formatter.boolean($0) }),
        ])
        let done = complete.filter { $0 }.count
        let title = context.say(Words.statusTitle(definition.name, definition.instrument.id, questions.count, done, respondents.count,
                                                  anonymous: definition.anonymous))
        return CommandResult(blocks: [.table(status, title: title)], json: TableJSON.value(of: status))
    }
}
