/// Reading the arguments of an invocation through the keys its command declares.
///
/// A key that the specification the line was parsed against does not list would read as never given, whatever the
/// user typed; that is a mistake in the command, which debug builds (every test run) stop at.
extension Invocation {
    /// Whether a switch was given.
    public subscript(_ flag: Switch) -> Bool {
        isGiven(flag.spec)
    }

    /// A flag's value, or nil when it was not given; an error pointing at the word when the word is no such value.
    public subscript<Value>(_ flag: Flag<Value>) -> Value? {
        get throws { try word(of: flag).map { try flag.type.value(of: $0, as: .flag(flag.spec.name), in: text) } }
    }

    /// A flag's word, or nil when it was not given.
    public subscript(_ flag: Flag<Word>) -> Word? {
        word(of: flag)
    }

    /// The word given for a flag (the last, when given twice), or nil: for pointing errors at it, or telling whether
    /// the flag was given at all.
    public func word<Value>(of flag: Flag<Value>) -> Word? {
        words(for: flag.spec).last
    }

    /// A positional argument's value (nil or empty when an optional one was left out); an error pointing at the word
    /// when the word is no such value.
    public subscript<Value>(_ positional: Positional<Value>) -> Value {
        get throws { try positional.read(words(for: positional.spec), text) }
    }

    /// A positional argument's word.
    public subscript(_ positional: Positional<Word>) -> Word {
        words(for: positional.spec).first ?? end
    }

    /// An optional positional argument's word, or nil when it was left out.
    public subscript(_ positional: Positional<Word?>) -> Word? {
        words(for: positional.spec).first
    }

    /// A repeating positional argument's words.
    public subscript(_ positional: Positional<[Word]>) -> [Word] {
        words(for: positional.spec)
    }

    /// The first word given for a positional argument, or the place just after the line: for pointing errors at it.
    public func word<Value>(of positional: Positional<Value>) -> Word {
        words(for: positional.spec).first ?? end
    }

    /// `by` columns, in order.
    public var by: [Word]? { words(for: .by) }

    /// The `where` expression's text and its offset.
    public var whereClause: Word? { words(for: .where)?.first }

    /// The `on` key (the first, where a list was given).
    public var on: Word? { words(for: .on)?.first }

    /// The `on` columns, in order, for a command that takes a list (`on a, b`).
    public var onList: [Word]? { words(for: .on) }

    /// The `as` name.
    public var asName: Word? { words(for: .as)?.first }

    /// The words of a clause the specification lists (a plugin command passes on whichever were given), or nil.
    private func words(for clause: Clause) -> [Word]? {
        assert(spec.isPlugin || spec.clauses.contains(clause),
               "'\(command)' reads its '\(clause.rawValue)' clause, which its specification does not list")
        return clauses[clause]
    }

    /// Whether the specification the line was parsed against lists the flag.
    public func declares(_ flag: any FlagDeclaration) -> Bool {
        spec.flag(named: flag.spec.name) == flag.spec
    }

    /// Whether the specification the line was parsed against lists the positional argument.
    public func declares(_ positional: any PositionalDeclaration) -> Bool {
        spec.positionals.contains(positional.spec)
    }

    /// The words given for a flag the specification lists, by the erased flag: for plugin commands, whose flags are
    /// known only at run time; empty for a switch.
    public func words(for flag: FlagSpec) -> [Word] {
        assert(declares(flag), "'\(command)' reads --\(flag.name), which its specification does not list")
        return values[flag.name] ?? []
    }

    /// Whether a flag the specification lists was given, by the erased flag: for plugin commands and switches.
    public func isGiven(_ flag: FlagSpec) -> Bool {
        assert(declares(flag), "'\(command)' reads --\(flag.name), which its specification does not list")
        return flag.value == nil ? switches.contains(flag.name) : values[flag.name] != nil
    }

    /// The words given for a positional argument the specification lists, by the erased argument: one, none for an
    /// optional one left out, or all remaining for the last one when it repeats.
    public func words(for positional: PositionalSpec) -> [Word] {
        assert(declares(positional), "'\(command)' reads \(positional.name), which its specification does not list")
        guard let index = spec.positionals.firstIndex(of: positional), index < positionals.count else { return [] }
        let takesTheRest = positional.isRepeating && index == spec.positionals.count - 1
        return takesTheRest ? Array(positionals[index...]) : [positionals[index]]
    }
}
