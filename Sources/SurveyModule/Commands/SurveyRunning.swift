import RapportCore

/// `survey run NAME [--respondent ID] [--group G] [--role candidate|employee]`: one respondent answers, or resumes.
enum SurveyRunning {
    /// The source name of `rapport -c`, whose command lines cannot carry answers.
    static let commandLineSource = "-c"
    /// `--respondent ID`: who answers (a new number when left out).
    static let respondent = Flag("respondent", .text, valueName: "ID", Words.respondentFlag)
    /// `--group G`: the respondent's group.
    static let group = Flag("group", .text, valueName: "G", Words.groupFlag)
    /// `--role ROLE`: the respondent's role.
    static let role = Flag("role", .choice(Role.self), valueName: "ROLE", Words.roleFlag)

    /// Runs the survey for one respondent from the first unanswered item.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let nameWord = invocation[SurveyCommand.survey]
        let definition = try SurveyDefinition.load(nameWord.text, from: context.workspace)
        guard let input = context.input, input.sourceName != commandLineSource else {
            throw invocation.error(Words.noAnswerInput, at: nameWord)
        }
        let table = try ResponseTable(loading: definition.name, from: context.workspace)
        let respondent = try self.respondent(invocation, definition: definition, table: table)
        let earlier = table.first(of: respondent)
        let role = try invocation[Self.role]
            ?? earlier.flatMap { Role(rawValue: $0.role) } ?? .employee
        let group = invocation[Self.group]?.text ?? earlier?.group
        let runner = SurveyRunner(definition: definition, respondent: respondent, group: group, role: role, context: context)
        let total = Question.all(in: definition.instrument).count
        switch try runner.run(input, table: table) {
        case .complete:
            return .message(context.say(Words.respondentComplete(respondent, total, definition.name)),
                            [("respondent", .string(respondent)), ("complete", .bool(true))])
        case .stopped(let answered):
            return .message(context.say(Words.respondentStopped(respondent, answered, total, definition.name)),
                            [("respondent", .string(respondent)), ("complete", .bool(false)),
                             ("answered", .integer(Int64(answered)))])
        }
    }

    /// The respondent's id: the one given, or the next generated id; anonymous surveys take only generated ids.
    private static func respondent(_ invocation: Invocation, definition: SurveyDefinition, table: ResponseTable) throws -> String {
        guard let word = invocation[Self.respondent] else { return table.nextGeneratedID }
        guard !word.text.isEmpty, !word.text.contains(where: \.isWhitespace) else {
            throw invocation.error(Words.badRespondent(word.text), at: word)
        }
        if definition.anonymous && !table.respondents.contains(word.text) {
            throw invocation.error(Words.anonymousNoNames(definition.name), at: word)
        }
        return word.text
    }
}
