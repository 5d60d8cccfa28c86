import Analytics
import RapportCore

/// What `score` shows: the result table under a title, the notes on how it was computed, and the metric's goals.
enum ScoreReport {
    /// The blocks and JSON of a stored score result; `shown` is the table as people read it (weekday names for
    /// numbers), the stored one when not given.
    static func result(run: MetricRun, stored: Dataset, shown: Dataset? = nil, goals: Dataset?,
                       in context: CommandContext) -> CommandResult {
        let notes = run.outcome.notes.map { context.say($0) }
        let title = context.say(Words.scoreTitle(run.metric.name, dataset: run.dataset.name, rows: run.rows.count))
        var blocks: [ResultBlock] = [.table(shown ?? stored, title: title)]
        blocks.append(.text(notes.map { "· " + $0 }.joined(separator: "\n")))
        if let goals { blocks.append(.table(goals, title: context.say(Words.goalsTitle))) }
        blocks.append(.text(context.say(Words.scoreStored(stored.name))))
        var fields: [(String, JSONValue)] = [("metric", .string(run.metric.name)), ("dataset", .string(run.dataset.name)),
                                             ("result", .string(stored.name)),
                                             ("input_rows", .integer(Int64(run.rows.count))),
                                             ("headline", .string(run.outcome.headline)),
                                             ("notes", .array(notes.map(JSONValue.string)))]
        if case .object(let table) = TableJSON.value(of: stored) { fields += table }
        if let goals { fields.append(("goals", TableJSON.value(of: goals))) }
        return CommandResult(blocks: blocks, json: .object(fields))
    }
}
