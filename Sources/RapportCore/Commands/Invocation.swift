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

/// A command line parsed against its command's specification; commands read it through the keys they declare
/// (`Flag`, `Switch`, `Positional`) and the typed clauses.
public struct Invocation: Sendable {
    /// The command text as typed (after variables were replaced).
    public let text: String
    /// The command's name as registered.
    public let command: String
    /// The subcommand, when the command has them and one was given.
    public var subcommand: String?
    /// The specification the words were matched against: the command's, or its subcommand's.
    public internal(set) var spec: CommandSpec
    /// Positional words, in order.
    var positionals: [Word]
    /// Values of flags that take one, by flag name.
    var values: [String: [Word]]
    /// Switches that were given.
    var switches: Set<String>
    /// The words of each clause given: the `by` columns in order, or the one word of `where`, `on` and `as`.
    var clauses: [Clause: [Word]]
    /// The output mode `--output FORMAT` (or `--json`) asked for: this result prints so, whatever the session's
    /// output setting; nil when neither was given.
    public var output: OutputMode?

    /// An invocation of the command `spec` describes, with nothing parsed yet.
    init(text: String, spec: CommandSpec) {
        self.text = text
        self.command = spec.name
        self.subcommand = nil
        self.spec = spec
        self.positionals = []
        self.values = [:]
        self.switches = []
        self.clauses = [:]
    }

    /// An error pointing at a word of this command line.
    public func error(_ message: Message, at word: Word?) -> RapportError {
        let error = RapportError(message)
        guard let word else { return error }
        return error.pointing(at: word.offset, in: text)
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
