import RapportCore

/// `survey results NAME [--by group]`: the organisation's (or each group's) profile, charts, and result datasets
/// `NAME-profile` and `NAME-scores` (and `NAME-items` for Likert instruments) for compare and export.
enum SurveyResults {
    /// `--by group`: the results per group too.
    static let byGroup = Flag("by", .choice(["group"]), valueName: "group", Words.byGroupFlag)

    /// The result tables of one scoring, their columns and labels named in one language, with the charts.
    private struct Outcome {
        var profile: Dataset
        var perRespondent: Dataset
        var extra: [Dataset] = []
        var charts: [String]
        var withheld: [String]
        var flagged = 0
    }

    /// Scores the survey and stores the result datasets with English column names (stable for scripts, like every
    /// stored result); the tables shown speak the session's language.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let table = try ResponseTable(loading: definition.name, from: context.workspace)
        let scores = RespondentScores.all(definition, table)
        let byGroup = invocation[Self.byGroup] != nil
        let stored = outcome(definition, scores, byGroup: byGroup, context, in: .en)
        let shown = context.language == .en ? stored : outcome(definition, scores, byGroup: byGroup, context, in: context.language)
        for dataset in [stored.profile, stored.perRespondent] + stored.extra {
            try context.workspace.put(dataset, replacing: true)
        }
        var blocks: [ResultBlock] = shown.withheld.map { .warning(Words.groupWithheld($0, PrivacyRule.smallestGroup)) }
        blocks.append(.table(shown.profile, title: context.say(Words.resultsTitle(definition.name, scores.count))))
        if shown.flagged > 0 { blocks.append(.text(context.say(Words.gapsFlagged(shown.flagged)))) }
        blocks += shown.charts.map { ResultBlock.text($0) }
        blocks += shown.extra.map { ResultBlock.table($0, title: nil) }
        blocks.append(.text(context.say(Words.resultsStored([stored.profile.name, stored.perRespondent.name] + stored.extra.map(\.name)))))
        return CommandResult(blocks: blocks, json: TableJSON.value(of: stored.profile))
    }

    /// Scores the respondents by the instrument's type, naming columns and labels in `language`.
    private static func outcome(_ definition: SurveyDefinition, _ scores: [RespondentScores], byGroup: Bool,
                                _ context: CommandContext, in language: Language) -> Outcome {
        let groups = ResultGroup.split(scores, byGroup: byGroup, noGroupLabel: Words.noGroup.text(language))
        switch definition.instrument.type {
        case .ipsative:
            let results = IpsativeResults(definition: definition, groups: groups, byGroup: byGroup).build(context, in: language)
            return Outcome(profile: results.profile, perRespondent: IpsativeResults.respondentTable(definition, scores, language),
                           charts: results.charts, withheld: results.withheld, flagged: results.flagged)
        case .likert:
            let results = LikertResults(definition: definition, groups: groups, byGroup: byGroup).build(context, in: language)
            return Outcome(profile: results.profile, perRespondent: LikertResults.respondentTable(definition, scores, language),
                           extra: [LikertItemTable.build(definition, groups: groups, byGroup: byGroup, language)],
                           charts: results.charts, withheld: results.withheld)
        }
    }
}
