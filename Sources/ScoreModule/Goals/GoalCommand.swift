import Analytics
import RapportCore

/// `goal set|list|drop|check`: targets for metrics that live in the workspace and are checked against the data.
enum GoalCommand {
    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "goal", module: "score", summary: Words.goalSummary,
        examples: ["goal set person-er posts engagement-rate >= 3% where voice == \"person\"",
                   "goal set reach-cost posts cpm <= 12", "goal list", "goal check", "goal drop person-er"],
        subcommands: [
            CommandSpec(name: "set", module: "score", summary: Words.goalSetSummary,
                        positionals: [PositionalSpec("GOAL", .newName), PositionalSpec("DATASET", .dataset),
                                      PositionalSpec("METRIC", .choice(MetricCatalogue.names)),
                                      PositionalSpec("OP", .choice(Goal.Comparison.allCases.map(\.rawValue))),
                                      PositionalSpec("VALUE", .text)],
                        flags: [FlagSpec("denominator", .choice(Denominator.allCases.map(\.rawValue)), valueName: "D", Words.denominatorFlag),
                                FlagSpec(switch: "weighted", Words.weightedFlag),
                                FlagSpec("unit", .choice(["follower", "post"]), valueName: "U", Words.unitFlag),
                                FlagSpec(switch: "replace", Words.replaceFlag)],
                        clauses: [.by, .where]),
            CommandSpec(name: "list", module: "score", summary: Words.goalListSummary, isLogged: false),
            CommandSpec(name: "drop", module: "score", summary: Words.goalDropSummary, positionals: [PositionalSpec("GOAL", .text)]),
            CommandSpec(name: "check", module: "score", summary: Words.goalCheckSummary, isLogged: false),
        ],
        isLogged: false
    )) { invocation, context in
        switch invocation.subcommand {
        case "set": return try set(invocation, context)
        case "drop": return try drop(invocation, context)
        case "check":
            guard let table = try GoalCheck.rows(in: context) else { return .message(context.say(Words.noGoals)) }
            return .table(table)
        default: return list(context)
        }
    }

    /// `goal set`: checks that the goal can be computed now, then stores it.
    private static func set(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let words = invocation.positionals
        let name = words[0], datasetWord = words[1], metricWord = words[2], opWord = words[3], valueWord = words[4]
        guard DatasetName.isValid(name.text) else { throw invocation.error(Words.badGoalName(name.text), at: name) }
        if context.workspace.goals[name.text] != nil && !invocation.isSet("replace") {
            throw invocation.error(Words.goalExists(name.text), at: name)
        }
        let dataset = try invocation.dataset(datasetWord, in: context)
        guard let metric = MetricCatalogue.named(metricWord.text) else {
            throw invocation.error(Words.unknownMetric(metricWord.text)
                .suggesting(Suggestion.closest(to: metricWord.text, among: MetricCatalogue.names)), at: metricWord)
        }
        guard let comparison = Goal.Comparison(rawValue: opWord.text) else {
            throw invocation.error(Words.badGoalOperator(opWord.text), at: opWord)
        }
        guard let target = Goal.target(from: valueWord.text) else { throw invocation.error(Words.badGoalValue(valueWord.text), at: valueWord) }
        let byWords = invocation.by ?? []
        let condition = try invocation.whereClause.map { try invocation.expression($0) }
        let options = try MetricOptions(invocation, timeZone: context.workspace.settings.timeZone)
        _ = try MetricRun(metric: metric, dataset: dataset, groupBy: byWords.map(\.text), condition: condition,
                          options: options, context: context) { column in
            invocation.error(Words.unknownColumn(column, in: dataset.name)
                .suggesting(Suggestion.closest(to: column, among: dataset.columnNames)), at: byWords.first { $0.text == column })
        }
        let goal = Goal(dataset: dataset.name, metric: metric.name, comparison: comparison, target: target,
                        groupBy: byWords.map(\.text), condition: condition?.text, options: options)
        try context.workspace.setGoal(name.text, goal.document)
        return .message(context.say(Words.goalStored(name.text)), [("goal", .string(name.text)), ("target", .number(target))])
    }

    /// `goal drop`: removes a goal.
    private static func drop(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let name = invocation.positionals[0]
        guard context.workspace.goals[name.text] != nil else {
            throw invocation.error(Words.unknownGoal(name.text)
                .suggesting(Suggestion.closest(to: name.text, among: Array(context.workspace.goals.keys))), at: name)
        }
        try context.workspace.setGoal(name.text, nil)
        return .message(context.say(Words.goalDropped(name.text)), [("goal", .string(name.text))])
    }

    /// `goal list`: every goal as typed.
    private static func list(_ context: CommandContext) -> CommandResult {
        let entries = context.workspace.goals.keys.sorted().compactMap { name in
            context.workspace.goals[name].flatMap(Goal.init(document:)).map { (name, $0) }
        }
        guard !entries.isEmpty else { return .message(context.say(Words.noGoals)) }
        let isRate = { (goal: Goal) in MetricCatalogue.named(goal.metric)?.isRate ?? false }
        let formatter = context.formatter
        return .table(Dataset(name: "goals", columns: [
            Column.text("goal", entries.map(\.0)), Column.text("dataset", entries.map(\.1.dataset)),
            Column.text("metric", entries.map(\.1.metric)),
            Column.text("target", entries.map { "\($0.1.comparison.rawValue) " + (isRate($0.1) ? formatter.percent($0.1.target) : formatter.decimal($0.1.target)) }),
            Column.text("by", entries.map { $0.1.groupBy.isEmpty ? nil : $0.1.groupBy.joined(separator: ",") }),
            Column.text("where", entries.map(\.1.condition)),
        ]))
    }
}
