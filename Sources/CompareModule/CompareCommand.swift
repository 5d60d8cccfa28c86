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
        positionals: [Positional("DATASET", .dataset), Positional("METRIC", .choice(MetricCatalogue.names))],
        flags: [Flag("groups", .text, valueName: "A,B", Words.groupsFlag),
                Flag("test", .choice(ComparisonTest.allCases.map(\.rawValue)), valueName: "T", Words.testFlag),
                Flag("bootstrap", .integer, valueName: "N", Words.bootstrapFlag),
                Flag("seed", .integer, valueName: "S", Words.seedFlag),
                Flag("denominator", .choice(Denominator.allCases.map(\.rawValue)), valueName: "D", Words.denominatorFlag),
                Flag(switch: "weighted", Words.weightedFlag),
                Flag("accounts", .text, valueName: "A,B", Words.accountsFlag),
                Flag("split", .text, valueName: "DATE", Words.splitFlag),
                Flag("around", .dataset, valueName: "EVENTS", Words.aroundFlag),
                Flag("window", .integer, valueName: "D", Words.windowFlag),
                Flag(switch: "replace", Words.replaceFlag)],
        clauses: [.by, .where, .as]
    )) { invocation, context in
        let request = try CompareRequest(invocation, context: context)
        if let accounts = invocation.value("accounts") {
            return try AccountsComparison.run(request, accounts: accounts, invocation: invocation)
        }
        if let split = invocation.value("split") {
            return try PeriodComparison.run(request, .split(split), invocation: invocation)
        }
        if let events = invocation.value("around") {
            return try PeriodComparison.run(request, .around(events), invocation: invocation)
        }
        return try GroupsComparison.run(request, invocation: invocation)
    }
}
