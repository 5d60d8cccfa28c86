extension DatasetOrigin {
    /// The command's part of the origin of what an invocation stores: the command line as run, the command's name and
    /// subcommand, and its parameters (positionals named as `spec` names them, clauses, then flags by name).
    public init(command text: String, invocation: Invocation, spec: CommandSpec) {
        var parameters: [Parameter] = invocation.positionals.enumerated().map { index, word in
            let positional = index < spec.positionals.count ? spec.positionals[index] : spec.positionals.last
            return Parameter(positional?.name ?? "WORD", word.text)
        }
        // Read from the invocation as given: a command whose specification lists no such clause has none.
        let clauses: [(Clause, String?)] = [Clause.by, .where, .on, .as].map { clause in
            let words = invocation.clauses[clause]
            return (clause, words.map { clause == .by ? $0.map(\.text).joined(separator: ",") : $0.first?.text ?? "" })
        }
        parameters += clauses.compactMap { clause, value in value.map { Parameter(clause.rawValue, $0) } }
        let flags = invocation.values.flatMap { name, words in words.map { Parameter("--" + name, $0.text) } }
            + invocation.switches.map { Parameter("--" + $0, nil) }
        parameters += flags.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
            .map(\.element)
        self.init(command: text, commandName: invocation.command, subcommand: invocation.subcommand,
                  parameters: parameters)
    }
}
