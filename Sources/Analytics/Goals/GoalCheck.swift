import RapportCore

/// Checks goals against the workspace's data: one row per goal and group with target, actual, met and gap.
public enum GoalCheck {
    /// The check of every stored goal, or only those of a metric on a dataset; nil when there are none.
    public static func rows(for metric: String? = nil, dataset: String? = nil, in context: CommandContext) throws -> Dataset? {
        let goals = context.workspace.goals.keys.sorted().compactMap { name -> (String, Goal)? in
            guard let document = context.workspace.goals[name], let goal = Goal(document: document) else { return nil }
            if let metric, goal.metric != metric { return nil }
            if let dataset, goal.dataset != dataset { return nil }
            return (name, goal)
        }
        guard !goals.isEmpty else { return nil }
        var names: [String?] = [], groups: [String?] = [], comparisons: [String?] = [], targets: [Double?] = []
        var actuals: [Double?] = [], met: [Cell] = [], gaps: [Double?] = [], problems: [String?] = []
        for (name, goal) in goals {
            try context.checkInterrupted()
            for row in evaluate(goal, in: context) {
                names.append(name)
                groups.append(row.group)
                comparisons.append(goal.comparison.rawValue)
                targets.append(goal.target)
                actuals.append(row.actual)
                met.append(row.actual.map { .boolean(goal.comparison.holds($0, goal.target)) } ?? .missing)
                gaps.append(row.actual.map { $0 - goal.target })
                problems.append(row.problem)
            }
        }
        let isRate = goals.allSatisfy { MetricCatalogue.named($0.1.metric)?.isRate ?? false }
        let role: ColumnRole? = isRate ? .rate : nil
        var columns = [Column.text("goal", names), Column.text("group", groups), Column.text("op", comparisons),
                       Column.decimal("target", targets, role: role), Column.decimal("actual", actuals, role: role),
                       Column(name: "met", data: .from(cells: met, as: .boolean)), Column.decimal("gap", gaps, role: role)]
        if problems.contains(where: { $0 != nil }) { columns.append(Column.text("problem", problems)) }
        return Dataset(name: "goals", columns: columns, kind: .result)
    }

    /// The actual headline value of each group of a goal, or the problem that kept it from being computed.
    private static func evaluate(_ goal: Goal, in context: CommandContext) -> [(group: String, actual: Double?, problem: String?)] {
        do {
            guard let metric = MetricCatalogue.named(goal.metric) else { throw RapportError(Words.unknownMetric(goal.metric)) }
            let dataset = try context.workspace.dataset(named: goal.dataset)
            let condition = try goal.condition.map { try RowExpression.parse($0) }
            let run = try MetricRun(metric: metric, dataset: dataset, groupBy: goal.groupBy, condition: condition,
                                    options: goal.options, context: context) { RapportError(Words.unknownColumn($0, in: dataset.name)) }
            let columns = run.outcome.columns
            guard let headline = columns.first(where: { $0.name == run.outcome.headline }) else { return [] }
            let keys = columns.prefix(run.outcome.keyCount ?? goal.groupBy.count)
            let formatter = context.formatter
            return (0..<headline.count).map { row in
                let group = keys.isEmpty ? context.say(Words.allRows)
                    : keys.map { "\($0.name)=\(formatter.text($0.data[row]))" }.joined(separator: ", ")
                return (group, headline.data[row].number, nil)
            }
        } catch let error as RapportError {
            return [("", nil, context.say(error.message))]
        } catch {
            return [("", nil, "\(error)")]
        }
    }
}
