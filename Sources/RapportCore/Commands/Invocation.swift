/// A word of a command line and where it started, so errors can point at it.
public struct Word: Sendable, Equatable {
    /// The word's text after quotes and escapes are resolved.
    public let text: String
    /// The character offset in the command text where the word starts.
    public let offset: Int

    /// A word at an offset.
    public init(_ text: String, at offset: Int) {
        self.text = text
        self.offset = offset
    }
}

/// A command line parsed against its command's specification.
public struct Invocation: Sendable {
    /// The command text as typed (after variables were replaced).
    public let text: String
    /// The command's name as registered.
    public let command: String
    /// The subcommand, when the command has them and one was given.
    public var subcommand: String?
    /// Positional words, in order.
    public var positionals: [Word]
    /// Values of flags that take one, by flag name.
    public var values: [String: [Word]]
    /// Switches that were given.
    public var switches: Set<String>
    /// `by` columns, in order.
    public var by: [Word]?
    /// The `where` expression's text and its offset.
    public var whereClause: Word?
    /// The `on` key.
    public var on: Word?
    /// The `as` name.
    public var asName: Word?
    /// Whether `--json` was given: this result prints as JSON, whatever the session's output setting.
    public var wantsJSON = false

    /// An invocation with nothing parsed yet.
    public init(text: String, command: String) {
        self.text = text
        self.command = command
        self.subcommand = nil
        self.positionals = []
        self.values = [:]
        self.switches = []
        self.by = nil
        self.whereClause = nil
        self.on = nil
        self.asName = nil
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

    /// An error pointing at a word of this command line.
    public func error(_ message: Message, at word: Word?) -> RapportError {
        let error = RapportError(message)
        guard let word else { return error }
        return error.pointing(at: word.offset, in: text)
    }

    /// A flag's value as a whole number, or an error pointing at it.
    public func integer(_ flag: String) throws -> Int? {
        guard let word = value(flag) else { return nil }
        guard let number = Int(word.text) else {
            throw error(Words.notAWholeNumber(word.text, flag: flag), at: word)
        }
        return number
    }
}

/// Messages about reading flag values.
extension Words {
    /// A count that is below 0 or no whole number; `name` is the flag with its dashes, or the argument.
    public static func notACount(_ text: String, name: String) -> Message {
        Message(en: "\(name) needs a whole number of 0 or more, not '\(text)'",
                de: "\(name) braucht eine ganze Zahl ab 0, nicht '\(text)'")
    }
    /// A flag that takes a whole number got something else.
    public static func notAWholeNumber(_ text: String, flag: String) -> Message {
        Message(en: "--\(flag) needs a whole number, not '\(text)'",
                de: "--\(flag) braucht eine ganze Zahl, nicht '\(text)'")
    }
}
