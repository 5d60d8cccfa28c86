import RapportCore

/// `survey results NAME [--by group]`: the organisation's (or each group's) profile, charts, and result datasets
/// `NAME-profile` and `NAME-scores` (and `NAME-items` for Likert instruments) for compare and export.
enum SurveyResults {
    /// Scores the survey and stores the result datasets.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation.positionals[0].text, from: context.workspace)
        let table = try ResponseTable(loading: definition.name, from: context.workspace)
        let scores = RespondentScores.all(definition, table)
        let byGroup = invocation.value("by") != nil
        let groups = ResultGroup.split(scores, byGroup: byGroup, noGroupLabel: context.say(Words.noGroup))
        var blocks: [ResultBlock] = []
        let profile: Dataset, perRespondent: Dataset
        var charts: [String], withheld: [String]
        var extra: [Dataset] = []
        switch definition.instrument.type {
        case .ipsative:
            let results = IpsativeResults(definition: definition, groups: groups, byGroup: byGroup).build(context)
            (profile, charts, withheld) = (results.profile, results.charts, results.withheld)
            perRespondent = IpsativeResults.respondentTable(definition, scores, context)
            if results.flagged > 0 { blocks.append(.text(context.say(Words.gapsFlagged(results.flagged)))) }
        case .likert:
            let results = LikertResults(definition: definition, groups: groups, byGroup: byGroup).build(context)
            (profile, charts, withheld) = (results.profile, results.charts, results.withheld)
            perRespondent = LikertResults.respondentTable(definition, scores, context)
            extra.append(LikertItemTable.build(definition, groups: groups, byGroup: byGroup, context))
        }
        for label in withheld { blocks.insert(.warning(Words.groupWithheld(label, PrivacyRule.smallestGroup)), at: 0) }
        try context.workspace.put(profile, replacing: true)
        try context.workspace.put(perRespondent, replacing: true)
        for dataset in extra { try context.workspace.put(dataset, replacing: true) }
        blocks.insert(.table(profile, title: context.say(Words.resultsTitle(definition.name, scores.count))), at: withheld.count)
        blocks += charts.map { ResultBlock.text($0) }
        blocks += extra.map { ResultBlock.table($0, title: nil) }
        blocks.append(.text(context.say(Words.resultsStored([profile.name, perRespondent.name] + extra.map(\.name)))))
        return CommandResult(blocks: blocks, json: TableJSON.value(of: profile))
    }
}
