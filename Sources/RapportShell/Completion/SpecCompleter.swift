import RapportCore

/// Completes command lines from the command specifications: commands, subcommands, flags, flag values,
/// clause columns and positional arguments, each by its `ValueKind`.
public final class SpecCompleter: Completer {
    private let commands: () -> [CommandSpec]
    private let datasets: () -> [String]
    private let columns: (String) -> [String]
    private let settings: () -> [String]

    /// A completer asking the given providers for the current commands, datasets, columns of a dataset and settings.
    public init(commands: @escaping () -> [CommandSpec], datasets: @escaping () -> [String],
                columns: @escaping (_ dataset: String) -> [String], settings: @escaping () -> [String]) {
        self.commands = commands
        self.datasets = datasets
        self.columns = columns
        self.settings = settings
    }

    /// The names that may finish the word before the cursor, quoted as they must be typed.
    public func complete(line: String, cursor: Int) -> Completion {
        let (finished, current) = CompletionWord.split(String(line.prefix(cursor)))
        let (word, candidates) = self.candidates(finished: finished, current: current)
        let typed = word.value
        let opened = word.raw.first.flatMap { CompletionWord.quoteCharacters.contains($0) ? $0 : nil }
        let matching = candidates.filter { $0.name.hasPrefix(typed) }.map { $0.rendered(openedQuote: opened) }
        return Completion(replaceFrom: word.start, candidates: Set(matching).sorted())
    }

    /// The word being completed (the part after a comma in a `by` or `on` list or a list of columns) and the names
    /// that may finish it.
    private func candidates(finished: [CompletionWord], current: CompletionWord) -> (CompletionWord, [Candidate]) {
        guard let first = finished.first else { return (current, Candidate.plain(commandNames())) }
        guard let command = commands().first(where: { $0.name == first.value || $0.aliases.contains(first.value) })
        else { return (current, []) }
        var spec = command
        var rest = finished.dropFirst()
        if let subcommand = rest.first.flatMap({ command.subcommand(named: $0.value) }) {
            spec = subcommand
            rest = rest.dropFirst()
        }
        let reading = ArgumentReading(spec: spec, words: rest.map(\.value))
        if current.raw.hasPrefix("--") {
            return (current, Candidate.plain(spec.flags.map { "--" + $0.name }))
        }
        if let flag = reading.flagAwaitingValue, let kind = flag.value {
            let word = kind == .columnList ? current.afterLastComma : current
            return (word, values(of: kind, spec: spec, reading: reading, typed: word.value))
        }
        switch reading.clause {
        case .by?, .on?: return (current.afterLastComma, columnsOfDataset(spec: spec, reading: reading))
        case .where?: return (current, columnsOfDataset(spec: spec, reading: reading))
        case .as?: return (current, [])
        case nil: break
        }
        var candidates: [Candidate] = []
        if finished.count == 1 {
            candidates += Candidate.plain(command.subcommands.map(\.name))
        }
        let positional = reading.nextPositional
        if let positional, positional.kind == .roleAssignment {
            if let role = current.afterEquals {
                return (role, Candidate.plain(DatasetKind.assignableRoles(for: nil).map(\.rawValue) + ["none"]))
            }
            let columns = columnsOfDataset(spec: spec, reading: reading)
            return (current, columns.map { Candidate(name: $0.name, quote: $0.quote, trailing: "=") })
        }
        if let positional {
            candidates += values(of: positional.kind, spec: spec, reading: reading, typed: current.value)
        }
        if positional?.isOptional ?? true {
            candidates += Candidate.plain(spec.clauses.map(\.rawValue))
        }
        return (current, candidates)
    }

    /// The names a value of this kind may take.
    private func values(of kind: ValueKind, spec: CommandSpec, reading: ArgumentReading, typed: String) -> [Candidate] {
        switch kind {
        case .dataset: return Candidate.plain(datasets())
        case .column, .columnList, .roleAssignment: return columnsOfDataset(spec: spec, reading: reading)
        case .file: return Candidate.plain(PathCandidates.extending(typed, directoriesOnly: false))
        case .directory: return Candidate.plain(PathCandidates.extending(typed, directoriesOnly: true))
        case .command: return Candidate.plain(commandNames())
        case .setting: return Candidate.plain(settings())
        case .choice(let choices): return Candidate.plain(choices)
        case .text, .integer, .number, .newName: return []
        }
    }

    /// Every command name and alias.
    private func commandNames() -> [String] {
        commands().flatMap { [$0.name] + $0.aliases }
    }

    /// The columns of the dataset the command names in its first `.dataset` positional, once that is typed.
    private func columnsOfDataset(spec: CommandSpec, reading: ArgumentReading) -> [Candidate] {
        guard let index = spec.positionals.firstIndex(where: { $0.kind == .dataset }),
              index < reading.positionalWords.count else { return [] }
        return columns(reading.positionalWords[index]).map { Candidate(name: $0, quote: "`") }
    }
}
