import Analytics
import RapportCore

/// `goal set|list|drop|check`: targets for metrics that live in the workspace and are checked against the data.
enum GoalCommand {
    /// The name of the goal `goal set` stores.
    static let newGoal = Positional("GOAL", .newName)
    /// The dataset the goal is checked on.
    static let dataset = Positional("DATASET", .dataset)
    /// The metric the goal sets a target for.
    static let metric = Positional("METRIC", .metric)
    /// How the metric compares with the target.
    static let comparison = Positional("OP", .choice(Goal.Comparison.self))
    /// The target: a number or a percentage.
    static let target = Positional("VALUE", ValueType(.text) { word, _ in
        guard let target = Goal.target(from: word.text) else { throw RapportError(Words.badGoalValue(word.text)) }
        return target
    })
    /// The goal `goal drop` removes.
    static let goal = Positional("GOAL", .text)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "goal", module: "score", summary: Words.goalSummary,
        examples: ["goal set person-er posts engagement-rate >= 3% where voice == \"person\"",
                   "goal set reach-cost posts cpm <= 12", "goal list", "goal check", "goal drop person-er"],
        subcommands: [
            CommandSpec(name: "set", module: "score", summary: Words.goalSetSummary,
                        positionals: [newGoal, dataset, metric, comparison, target],
                        flags: [MetricFlags.denominator, MetricFlags.weighted, ScoreCommand.unit, Switch.replace],
                        clauses: [.by, .where]),
            CommandSpec(name: "list", module: "score", summary: Words.goalListSummary, isLogged: false),
            CommandSpec(name: "drop", module: "score", summary: Words.goalDropSummary, positionals: [goal]),
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
        let name = invocation[Self.newGoal]
        guard DatasetName.isValid(name.text) else { throw invocation.error(Words.badGoalName(name.text), at: name) }
        if context.workspace.goals[name.text] != nil && !invocation[Switch.replace] {
            throw invocation.error(Words.goalExists(name.text), at: name)
        }
        let dataset = try invocation.dataset(invocation[Self.dataset], in: context)
        let metric = try invocation[Self.metric]
        let comparison = try invocation[Self.comparison]
        let target = try invocation[Self.target]
        let byWords = invocation.by ?? []
        let condition = try invocation.whereClause.map { try invocation.expression($0) }
        let options = try MetricOptions(scoring: invocation)
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
        let name = invocation[Self.goal]
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
