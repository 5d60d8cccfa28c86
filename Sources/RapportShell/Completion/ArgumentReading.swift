import RapportCore

/// Where the finished words after a command name leave its arguments: positionals given, a flag waiting
/// for its value, the clause being written.
struct ArgumentReading {
    /// The positional words given before any clause, unquoted.
    private(set) var positionalWords: [String] = []
    /// The flag whose value is the next word, if the last word was such a flag.
    private(set) var flagAwaitingValue: FlagSpec?
    /// The clause the last clause word opened, if any.
    private(set) var clause: Clause?
    private let spec: CommandSpec

    /// Reads the unquoted words that follow the command (and subcommand) name.
    init(spec: CommandSpec, words: [String]) {
        self.spec = spec
        for word in words {
            if flagAwaitingValue != nil {
                flagAwaitingValue = nil
            } else if word.hasPrefix("--") {
                flagAwaitingValue = spec.flag(named: String(word.dropFirst(2))).flatMap { $0.value == nil ? nil : $0 }
            } else if let opened = Clause(rawValue: word), spec.clauses.contains(opened) {
                clause = opened
            } else if clause == nil {
                positionalWords.append(word)
            }
        }
    }

    /// The positional the next word fills: the next in order, or the last one when it repeats.
    var nextPositional: PositionalSpec? {
        if positionalWords.count < spec.positionals.count { return spec.positionals[positionalWords.count] }
        return spec.positionals.last.flatMap { $0.isRepeating ? $0 : nil }
    }
}
