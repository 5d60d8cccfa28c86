import Analytics
import RapportCore

/// `compare NAME METRIC by COLUMN | --accounts A,B | --split DATE | --around EVENTS --window D | --per PERIOD |
/// --last SPAN [--as-of DATE]`.
enum CompareCommand {
    /// The dataset whose posts are compared.
    static let dataset = Positional("DATASET", .dataset)
    /// The metric compared; it must have per-post values.
    static let metric = Positional("METRIC", .metric)
    /// `--groups A,B`: only these groups of the `by` column, in this order.
    static let groups = Flag("groups", .text, valueName: "A,B", Words.groupsFlag)
    /// `--test T`: which test.
    static let test = Flag("test", .choice(ComparisonTest.self), valueName: "T", Words.testFlag)
    /// `--bootstrap N`: bootstrap resamples (100 to 100,000).
    static let bootstrap = Flag("bootstrap", ValueType(.integer) { word, _ in
        guard let count = Int(word.text), (100...100_000).contains(count) else {
            throw RapportError(Words.badResamples(word.text))
        }
        return count
    }, valueName: "N", Words.bootstrapFlag)
    /// `--seed S`: the seed of the bootstrap.
    static let seed = Flag("seed", .seed, valueName: "S", Words.seedFlag)
    /// `--accounts A,B`: accounts side by side instead of groups.
    static let accounts = Flag("accounts", .text, valueName: "A,B", Words.accountsFlag)
    /// `--split DATE`: before and after a day.
    static let split = Flag("split", .text, valueName: "DATE", Words.splitFlag)
    /// `--around EVENTS`: before and after the events of a dataset.
    static let around = Flag("around", .dataset, valueName: "EVENTS", Words.aroundFlag)
    /// `--window D`: the days before and after each event (1 to 365).
    static let window = Flag("window", ValueType(.integer) { word, _ in
        guard let days = Int(word.text), (1...365).contains(days) else {
            throw RapportError(Words.badWindow(word.text))
        }
        return days
    }, valueName: "D", Words.windowFlag)

    /// `--last SPAN`: the latest span (30d, 4w, 3m, 1q) against the span of equal length before it.
    static let last = Flag("last", ValueType(.text) { word, _ in try PeriodSpan(parsing: word.text) },
                           valueName: "SPAN", Words.lastFlag)
    /// `--as-of DATE`: where `--last` ends, instead of the latest time in the data.
    static let asOf = Flag("as-of", .text, valueName: "DATE", Words.compareAsOfFlag)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "compare", module: "compare", summary: Words.compareSummary, discussion: Words.compareDiscussion,
        examples: ["compare posts engagement-rate by voice", "compare posts engagement-rate by platform --test both",
                   "compare posts engagement-rate by format --groups video,photo",
                   "compare posts engagement-rate --accounts a001,a002",
                   "compare posts engagement-rate --split 2025-06-01",
                   "compare posts engagement-rate --around ceo_posts --window 7",
                   "compare posts engagement-rate --per month", "compare posts engagement-rate --last 90d"],
        positionals: [dataset, metric],
        flags: [groups, test, bootstrap, seed, MetricFlags.denominator, MetricFlags.weighted, accounts, split, around,
                window, PeriodFlags.per, PeriodFlags.time, last, asOf, Switch.replace],
        clauses: [.by, .where, .as]
    )) { invocation, context in
        context.progress.begin(Words.progressComparing(invocation[Self.dataset].text))
        let request = try CompareRequest(invocation, context: context)
        if let accounts = invocation[Self.accounts] {
            return try AccountsComparison.run(request, accounts: accounts, invocation: invocation)
        }
        if let split = invocation[Self.split] {
            return try PeriodComparison.run(request, .split(split), invocation: invocation)
        }
        if let span = invocation.word(of: Self.last) {
            return try PeriodComparison.run(request, .last(span), invocation: invocation)
        }
        if invocation.word(of: PeriodFlags.per) != nil {
            return try SuccessivePeriodsComparison.run(request, invocation: invocation)
        }
        if let events = invocation[Self.around] {
            return try PeriodComparison.run(request, .around(events), invocation: invocation)
        }
        return try GroupsComparison.run(request, invocation: invocation)
    }
}
