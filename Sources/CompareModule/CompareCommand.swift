import Analytics
import RapportCore

/// `compare NAME METRIC by COLUMN | --accounts A,B | --split DATE | --around EVENTS --window D`.
enum CompareCommand {
    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "compare", module: "compare", summary: Words.compareSummary, discussion: Words.compareDiscussion,
        examples: ["compare posts engagement-rate by voice", "compare posts engagement-rate by platform --test both",
                   "compare posts engagement-rate by format --groups video,photo",
                   "compare posts engagement-rate --accounts a001,a002",
                   "compare posts engagement-rate --split 2025-06-01",
                   "compare posts engagement-rate --around ceo_posts --window 7"],
        positionals: [PositionalSpec("DATASET", .dataset), PositionalSpec("METRIC", .choice(MetricCatalogue.names))],
        flags: [FlagSpec("groups", .text, valueName: "A,B", Words.groupsFlag),
                FlagSpec("test", .choice(ComparisonTest.allCases.map(\.rawValue)), valueName: "T", Words.testFlag),
                FlagSpec("bootstrap", .integer, valueName: "N", Words.bootstrapFlag),
                FlagSpec("seed", .integer, valueName: "S", Words.seedFlag),
                FlagSpec("denominator", .choice(Denominator.allCases.map(\.rawValue)), valueName: "D", Words.denominatorFlag),
                FlagSpec(switch: "weighted", Words.weightedFlag),
                FlagSpec("accounts", .text, valueName: "A,B", Words.accountsFlag),
                FlagSpec("split", .text, valueName: "DATE", Words.splitFlag),
                FlagSpec("around", .dataset, valueName: "EVENTS", Words.aroundFlag),
                FlagSpec("window", .integer, valueName: "D", Words.windowFlag),
                FlagSpec(switch: "replace", Words.replaceFlag)],
        clauses: [.by, .where, .as]
    )) { invocation, context in
        let request = try CompareRequest(invocation, context: context)
        if invocation.value("accounts") != nil { return try AccountsComparison.run(request, invocation: invocation) }
        if invocation.value("split") != nil || invocation.value("around") != nil {
            return try PeriodComparison.run(request, invocation: invocation)
        }
        return try GroupsComparison.run(request, invocation: invocation)
    }
}
