import RapportCore

/// `survey …`: instruments, surveys, running them, results and fit.
enum SurveyCommand {
    /// The module name help groups the command under.
    static let module = "survey"
    /// The survey a subcommand works on, by the name of its responses dataset.
    static let survey = Positional("NAME", .dataset)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "survey", module: module, summary: Words.surveySummary, discussion: Words.surveyDiscussion,
        examples: ["survey instruments", "survey show culture-profile", "survey new team --instrument culture-profile",
                   "survey run team --respondent anna --group sales", "survey results team --by group",
                   "survey fit team --candidate bob", "survey simulate team 20 --seed 7"],
        subcommands: [
            CommandSpec(name: "instruments", module: module, summary: Words.surveyInstrumentsSummary, isLogged: false),
            CommandSpec(name: "instrument", module: module, summary: Words.surveyInstrumentAddSummary,
                        positionals: [InstrumentAdding.add, InstrumentAdding.file]),
            CommandSpec(name: "show", module: module, summary: Words.surveyShowSummary,
                        positionals: [InstrumentDetails.instrument], isLogged: false),
            CommandSpec(name: "new", module: module, summary: Words.surveyNewSummary,
                        positionals: [SurveyCreation.name],
                        flags: [SurveyCreation.instrument, SurveyCreation.values, SurveyCreation.anonymous]),
            CommandSpec(name: "run", module: module, summary: Words.surveyRunSummary,
                        positionals: [survey],
                        flags: [SurveyRunning.respondent, SurveyRunning.group, SurveyRunning.role]),
            CommandSpec(name: "import", module: module, summary: Words.surveyImportSummary,
                        positionals: [survey, SurveyImporting.file]),
            CommandSpec(name: "status", module: module, summary: Words.surveyStatusSummary,
                        positionals: [survey], isLogged: false),
            CommandSpec(name: "results", module: module, summary: Words.surveyResultsSummary,
                        positionals: [survey], flags: [SurveyResults.byGroup]),
            CommandSpec(name: "fit", module: module, summary: Words.surveyFitSummary,
                        positionals: [survey],
                        flags: [SurveyFitting.candidate, SurveyFitting.against, SurveyFitting.candidateRound,
                                SurveyFitting.againstRound]),
            CommandSpec(name: "drop-response", module: module, summary: Words.surveyDropResponseSummary,
                        positionals: [survey, ResponseDropping.respondent]),
            CommandSpec(name: "simulate", module: module, summary: Words.surveySimulateSummary,
                        positionals: [survey, SurveySimulation.count],
                        flags: [SurveySimulation.seed, SurveySimulation.now, SurveySimulation.preferred,
                                SurveySimulation.groups]),
        ]
    )) { invocation, context in
        switch invocation.subcommand {
        case "instrument": return try InstrumentAdding.run(invocation, context)
        case "show": return try InstrumentDetails.run(invocation, context)
        case "new": return try SurveyCreation.run(invocation, context)
        case "run": return try SurveyRunning.run(invocation, context)
        case "import": return try SurveyImporting.run(invocation, context)
        case "status": return try SurveyStatus.run(invocation, context)
        case "results": return try SurveyResults.run(invocation, context)
        case "fit": return try SurveyFitting.run(invocation, context)
        case "drop-response": return try ResponseDropping.run(invocation, context)
        case "simulate": return try SurveySimulation.run(invocation, context)
        default: return try InstrumentListing.run(context)
        }
    }
}
