import Analytics
import RapportCore

/// `explain METRIC`: the metric's definition, formula, what it leaves out, its source and how to read it.
enum ExplainCommand {
    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "explain", module: "score", summary: Words.explainSummary,
        examples: ["explain engagement-rate", "explain reach-waste"],
        positionals: [Positional("METRIC", .choice(MetricCatalogue.names))],
        isLogged: false
    )) { invocation, context in
        let word = invocation.positionals[0]
        guard let metric = MetricCatalogue.named(word.text) else {
            throw invocation.error(Words.unknownMetric(word.text)
                .suggesting(Suggestion.closest(to: word.text, among: MetricCatalogue.names)), at: word)
        }
        let explanation = metric.explanation
        let parts: [(String, Message, Message)] = [
            ("definition", Words.explainDefinition, explanation.definition),
            ("formula", Words.explainFormula, explanation.formula),
            ("left_out", Words.explainLeftOut, explanation.leftOut),
            ("source", Words.explainSource, explanation.source),
            ("reading", Words.explainReading, explanation.reading),
        ]
        var lines = [metric.name + " — " + context.say(metric.summary)]
        for (_, heading, text) in parts { lines.append("\n" + context.say(heading) + "\n  " + context.say(text)) }
        let json: [(String, JSONValue)] = [("metric", .string(metric.name)), ("summary", .string(context.say(metric.summary)))]
            + parts.map { ($0.0, .string(context.say($0.2))) }
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: .object(json))
    }
}
