import RapportCore

/// `survey …`: instruments, surveys, running them, results and fit.
enum SurveyCommand {
    /// The module name help groups the command under.
    static let module = "survey"

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "survey", module: module, summary: Words.surveySummary, discussion: Words.surveyDiscussion,
        examples: ["survey instruments", "survey show culture-profile", "survey new team --instrument culture-profile",
                   "survey run team --respondent anna --group sales", "survey results team --by group",
                   "survey fit team --candidate bob", "survey simulate team 20 --seed 7"],
        subcommands: [
            CommandSpec(name: "instruments", module: module, summary: Words.surveyInstrumentsSummary, isLogged: false),
            CommandSpec(name: "instrument", module: module, summary: Words.surveyInstrumentAddSummary,
                        positionals: [PositionalSpec("add", .choice(["add"])), PositionalSpec("FILE", .file)]),
            CommandSpec(name: "show", module: module, summary: Words.surveyShowSummary,
                        positionals: [PositionalSpec("INSTRUMENT", .text)], isLogged: false),
            CommandSpec(name: "new", module: module, summary: Words.surveyNewSummary,
                        positionals: [PositionalSpec("NAME", .newName)],
                        flags: [FlagSpec("instrument", .text, valueName: "ID", Words.instrumentFlag),
                                FlagSpec("values", .text, valueName: "\"A;B;C\"", Words.valuesFlag),
                                FlagSpec(switch: "anonymous", Words.anonymousFlag)]),
            CommandSpec(name: "run", module: module, summary: Words.surveyRunSummary,
                        positionals: [PositionalSpec("NAME", .dataset)],
                        flags: [FlagSpec("respondent", .text, valueName: "ID", Words.respondentFlag),
                                FlagSpec("group", .text, valueName: "G", Words.groupFlag),
                                FlagSpec("role", .choice(Role.allCases.map(\.rawValue)), valueName: "ROLE", Words.roleFlag)]),
            CommandSpec(name: "import", module: module, summary: Words.surveyImportSummary,
                        positionals: [PositionalSpec("NAME", .dataset), PositionalSpec("FILE", .file)]),
            CommandSpec(name: "status", module: module, summary: Words.surveyStatusSummary,
                        positionals: [PositionalSpec("NAME", .dataset)], isLogged: false),
            CommandSpec(name: "results", module: module, summary: Words.surveyResultsSummary,
                        positionals: [PositionalSpec("NAME", .dataset)],
                        flags: [FlagSpec("by", .choice(["group"]), valueName: "group", Words.byGroupFlag)]),
            CommandSpec(name: "fit", module: module, summary: Words.surveyFitSummary,
                        positionals: [PositionalSpec("NAME", .dataset)],
                        flags: [FlagSpec("candidate", .text, valueName: "ID", Words.candidateFlag),
                                FlagSpec("against", .text, valueName: "org|group:G|respondent:ID", Words.againstFlag),
                                FlagSpec("candidate-round", .text, valueName: "ROUND", Words.candidateRoundFlag),
                                FlagSpec("against-round", .text, valueName: "ROUND", Words.againstRoundFlag)]),
            CommandSpec(name: "drop-response", module: module, summary: Words.surveyDropResponseSummary,
                        positionals: [PositionalSpec("NAME", .dataset), PositionalSpec("ID", .text)]),
            CommandSpec(name: "simulate", module: module, summary: Words.surveySimulateSummary,
                        positionals: [PositionalSpec("NAME", .dataset), PositionalSpec("N", .integer)],
                        flags: [FlagSpec("seed", .integer, valueName: "S", Words.surveySeedFlag),
                                FlagSpec("now", .text, valueName: "\"P P P P\"", Words.simulateNowFlag),
                                FlagSpec("preferred", .text, valueName: "\"P P P P\"", Words.simulatePreferredFlag),
                                FlagSpec("groups", .text, valueName: "\"A;B\"", Words.simulateGroupsFlag)]),
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
