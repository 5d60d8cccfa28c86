import Analytics
import RapportCore

/// `explain [NAME]`: every idea and metric, or one: a metric's definition, formula, what it leaves out, its source
/// and how to read it, and an idea's gist with commands that show it.
enum ExplainCommand {
    /// The metric or idea to explain, else the list of all.
    static let name = Positional("NAME", optional: .choice(names))

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "explain", module: "score", summary: Words.explainSummary,
        examples: ["explain", "explain engagement-rate", "explain bought-followers"],
        positionals: [name],
        isLogged: false
    )) { invocation, context in
        guard let word = invocation[Self.name] else { return listing(context) }
        let concept = Concepts.named(word.text)
        guard let metric = MetricCatalogue.named(word.text) else {
            guard let concept else {
                throw invocation.error(Words.unknownMetric(word.text).suggesting(Suggestion.closest(to: word.text, among: names)),
                                       at: word)
            }
            return explain(concept, context)
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
        if let concept { lines.append("\n" + context.say(Words.explainIdea) + "\n  " + context.say(concept.idea)) }
        for (_, heading, text) in parts { lines.append("\n" + context.say(heading) + "\n  " + context.say(text)) }
        var json: [(String, JSONValue)] = [("metric", .string(metric.name)), ("summary", .string(context.say(metric.summary)))]
            + parts.map { ($0.0, .string(context.say($0.2))) }
        if let concept { json.append(("idea", .string(context.say(concept.idea)))) }
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: .object(json))
    }

    /// Every name `explain` knows: the ideas first, then the metrics that are not also ideas.
    static let names = Concepts.all.map(\.name) + MetricCatalogue.names.filter { Concepts.named($0) == nil }

    /// An idea that is no metric: its gist and commands that show it.
    private static func explain(_ concept: Concept, _ context: CommandContext) -> CommandResult {
        let text = [concept.name + " — " + context.say(concept.summary), "", context.say(concept.idea), "",
                    context.say(Words.explainTryThis)] + concept.commands.map { "  " + $0 }
        return CommandResult(blocks: [.text(text.joined(separator: "\n"))],
                             json: .object([("concept", .string(concept.name)), ("summary", .string(context.say(concept.summary))),
                                            ("idea", .string(context.say(concept.idea))),
                                            ("commands", .array(concept.commands.map(JSONValue.string)))]))
    }

    /// `explain` alone: every idea and metric with one line each.
    private static func listing(_ context: CommandContext) -> CommandResult {
        let kinds = names.map { name -> Message in
            switch (Concepts.named(name) != nil, MetricCatalogue.named(name) != nil) {
            case (true, true): return Words.explainKindIdea.joined(Words.explainKindMetric, separator: " · ")
            case (true, false): return Words.explainKindIdea
            default: return Words.explainKindMetric
            }
        }
        let summaries = names.map { name in (Concepts.named(name)?.summary ?? MetricCatalogue.named(name)?.summary).map(context.say) }
        return .table(in: context.language, title: context.say(Words.explainListTitle)) { language in
            Dataset(name: "explain", columns: [
                Column.text(Words.explainNameColumn.text(language), names),
                Column.text(Words.explainKindColumn.text(language), kinds.map(context.say)),
                Column.text(Words.explainWhatColumn.text(language), summaries),
            ])
        }
    }
}
