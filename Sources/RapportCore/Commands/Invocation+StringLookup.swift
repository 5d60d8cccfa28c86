/// The reading by name and index that commands used before their keys; goes once every command reads through keys.
extension Invocation {
    /// An invocation with nothing parsed yet, for tests that build one by hand.
    public init(text: String, command: String) {
        self.init(text: text, spec: CommandSpec(name: command, module: "", summary: Message(en: "", de: "")))
    }

    /// The positional at an index, if given.
    public func positional(_ index: Int) -> Word? {
        index < positionals.count ? positionals[index] : nil
    }

    /// The last value of a flag, if given.
    public func value(_ flag: String) -> Word? {
        values[flag]?.last
    }

    /// Whether a switch was given.
    public func isSet(_ flag: String) -> Bool {
        switches.contains(flag)
    }

    /// A flag's value as a whole number, or an error pointing at it.
    public func integer(_ flag: String) throws -> Int? {
        guard let word = value(flag) else { return nil }
        guard let number = Int(word.text) else {
            throw error(Words.notAWholeNumber(word.text, flag: flag), at: word)
        }
        return number
    }

    /// The name a result is stored under, `--replace` read by name.
    public func resultName(fallback: String, source: Word, inPlace: Bool, in context: CommandContext) throws -> String {
        try resultName(fallback: fallback, source: source, inPlace: inPlace, replacing: isSet("replace"), in: context)
    }
}
