import Foundation
import Analytics
import RapportCore

/// `score NAME METRIC [by COLUMN[,COLUMN]] [where EXPR] [as RESULT] [--denominator D] [--weighted] [--unit U] [--per-post]
/// [--posts NAME] [--per PERIOD [--time COLUMN]]`.
enum ScoreCommand {
    /// The dataset to score.
    static let dataset = Positional("DATASET", .dataset)
    /// The metric to compute.
    static let metric = Positional("METRIC", .metric)
    /// `--unit U`, which `goal set` takes too: follower (the default) or post.
    static let unit = Flag("unit", .choice(["follower", "post"]), valueName: "U", Words.unitFlag)
    /// `--per-post`: the values become a column of the dataset.
    static let perPost = Switch("per-post", Words.perPostFlag)
    /// `--names LIST`: the company's names, for attribution.
    static let names = Flag("names", .text, valueName: "LIST", Words.namesFlag)
    /// `--as-of DATE`: the day recency is measured from.
    static let asOf = Flag("as-of", .text, valueName: "DATE", Words.asOfFlag)
    /// `--posts NAME`: the posts to look columns up in.
    static let posts = Flag("posts", .dataset, valueName: "NAME", Words.postsFlag)

    /// The command, with `score list` for the catalogue.
    static let command = BuiltinCommand(CommandSpec(
        name: "score", module: "score", summary: Words.scoreSummary, discussion: Words.scoreDiscussion,
        examples: ["score posts engagement-rate by voice", "score posts engagement-rate by platform --denominator reach",
                   "score posts interactions where platform == \"instagram\" as insta", "score posts applause-rate --unit post",
                   "score posts engagement-rate by voice --per month", "score posts engagement-rate --per weekday",
                   "score posts engagement-rate --per-post", "score interactions relationship-stages by account --posts posts",
                   "score list"],
        positionals: [dataset, metric],
        flags: [MetricFlags.denominator, MetricFlags.weighted, unit, perPost, names, asOf, posts, PeriodFlags.per,
                PeriodFlags.time, Switch.replace],
        clauses: [.by, .where, .as],
        subcommands: [CommandSpec(name: "list", module: "score", summary: Words.scoreListSummary, isLogged: false)]
    )) { invocation, context in
        if invocation.subcommand == "list" { return listing(context) }
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        let metric = try invocation[Self.metric]
        let options = try Self.options(invocation, timeZone: context.workspace.settings.timeZone)
        let condition = try invocation.whereClause.map { try invocation.expression($0) }
        let byWords = invocation.by ?? []
        var scored = dataset
        var warnings = ignoredOptions(of: metric, in: invocation).map { Words.optionIgnored($0.rawValue, metric: metric.name) }
        if let postsWord = invocation[Self.posts] {
            let lookup = try PostColumnLookup(adding: byWords.map(\.text), from: try invocation.dataset(postsWord, in: context),
                                              to: dataset, invocation: invocation, at: postsWord)
            scored = lookup.dataset
            if lookup.added.isEmpty { warnings.append(Words.postsNotNeeded(dataset.name)) }
            if lookup.unmatched > 0 { warnings.append(Words.postsNotFound(lookup.unmatched, of: dataset.rowCount)) }
        }
        let periods = try invocation.periodGrouping(of: scored, timeZone: context.workspace.settings.timeZone)
        if let periods {
            guard !invocation[Self.perPost] else {
                throw invocation.error(Words.perWithPerPost, at: invocation.word(of: PeriodFlags.per))
            }
            scored = periods.dataset
        }
        let groupBy = (periods.map { [$0.columnName] } ?? []) + byWords.map(\.text)
        let run = try MetricRun(metric: metric, dataset: scored, groupBy: groupBy, condition: condition,
                                options: options, context: context) { name in
            let word = byWords.first { $0.text == name }
            let namesPosts = dataset.kind != .posts && dataset.columns.contains { $0.role == .postID }
            let hintsAtPosts = invocation[Self.posts] == nil && namesPosts
            return invocation.error((hintsAtPosts ? Words.unknownColumnLookUpInPosts(name, in: dataset.name)
                                                  : Words.unknownColumn(name, in: dataset.name))
                .suggesting(Suggestion.closest(to: name, among: dataset.columnNames)), at: word)
        }
        if invocation[Self.perPost] {
            return try warnings.reduce(addPerPost(run, to: dataset, source: source, invocation: invocation, context: context)) {
                $0.warning($1)
            }
        }
        let fallback = "\(dataset.name)-\(metric.name)"
        let name = invocation.asName == nil ? fallback
            : try invocation.resultName(fallback: fallback, source: source, inPlace: false,
                                        replacing: invocation[Switch.replace], in: context)
        guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: source) }
        var result = run.result(named: name)
        if let periods { result = periods.fillingEmptyPeriods(result, zeroed: ["posts"]) }
        try context.workspace.put(result, replacing: true, finding: Finding(.score))
        let goals = try GoalCheck.rows(for: metric.name, dataset: dataset.name, in: context)
        let shown = periods?.shown(result, language: context.language) ?? result
        return warnings.reduce(ScoreReport.result(run: run, stored: result, shown: shown, goals: goals, in: context)) {
            $0.warning($1)
        }
    }

    /// The flags given that the metric does not take into account, so that none is thought applied when it was not.
    private static func ignoredOptions(of metric: Metric, in invocation: Invocation) -> [MetricOption] {
        MetricOption.allCases.filter { option in
            let given: Bool
            switch option {
            case .denominator: given = invocation.word(of: MetricFlags.denominator) != nil
            case .weighted: given = invocation[MetricFlags.weighted]
            case .unit: given = invocation[unit] != nil
            case .names: given = invocation[names] != nil
            case .asOf: given = invocation[asOf] != nil
            }
            return given && !metric.options.contains(option)
        }
    }

    /// The options the flags give; `--as-of` takes a date or ISO time, in `timeZone` without an offset.
    private static func options(_ invocation: Invocation, timeZone: TimeZone) throws -> MetricOptions {
        var options = try MetricOptions(scoring: invocation)
        options.companyNames = invocation[names].map { word in
            word.text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let word = invocation[asOf] {
            guard let moment = ISOTime.parse(Substring(word.text)) else {
                throw invocation.error(Words.badAsOf(word.text), at: word)
            }
            options.asOf = moment.hasOffset ? moment.seconds
                : LocalTime(timeZone: timeZone).moment(ofLocal: moment.seconds)
        }
        return options
    }

    /// `--per-post`: the per-post values become a column of the dataset itself (missing outside a `where` clause);
    /// columns `--posts` looked up for the run are not kept.
    private static func addPerPost(_ run: MetricRun, to original: Dataset, source: Word, invocation: Invocation,
                                   context: CommandContext) throws -> CommandResult {
        guard let perRow = run.outcome.perRow else { throw invocation.error(Words.noPerPostValues(run.metric.name), at: source) }
        var cells = [Cell](repeating: .missing, count: original.rowCount)
        for (index, row) in run.rows.enumerated() { cells[row] = perRow.data[index] }
        var dataset = original
        dataset.setColumn(Column(name: run.metric.name, role: perRow.role, data: .from(cells: cells, as: perRow.type)))
        try context.workspace.put(dataset, replacing: true)
        let text = context.say(Words.perPostAdded(run.metric.name, dataset: dataset.name, rows: run.rows.count))
        return .message(text, [("dataset", .string(dataset.name)), ("column", .string(run.metric.name)),
                               ("notes", .array(run.outcome.notes.map { .string(context.say($0)) }))])
    }

    /// `score list`: the catalogue with one line per metric.
    private static func listing(_ context: CommandContext) -> CommandResult {
        let table = Dataset(name: "metrics", columns: [
            Column.text("metric", MetricCatalogue.all.map(\.name)),
            Column.text("what", MetricCatalogue.all.map { context.say($0.summary) }),
        ])
        return .table(table)
    }
}

extension MetricOptions {
    /// The options `score` and `goal set` both take: denominator, weighting and unit.
    init(scoring invocation: Invocation) throws {
        try self.init(invocation)
        perPostUnit = invocation[ScoreCommand.unit]?.text == "post"
    }
}
