/// What a specification knows about a positional argument: the erased form of a `Positional` key, which help,
/// completion, the parser and plugin signatures read.
public struct PositionalSpec: PositionalDeclaration, Equatable {
    /// The name shown in usage, such as `DATASET`.
    public let name: String
    /// What the value is and completes to.
    public let kind: ValueKind
    /// Whether it may be left out.
    public let isOptional: Bool
    /// Whether it takes all remaining positional words.
    public let isRepeating: Bool

    /// A positional argument.
    public init(_ name: String, _ kind: ValueKind, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
        self.isRepeating = repeating
    }

    /// The specification itself, so that plugin signatures, known only at run time, can be listed like keys.
    public var spec: PositionalSpec { self }
}

/// What a specification knows about a `--flag` (a switch, or a flag that takes a value): the erased form of a `Flag`
/// or `Switch` key, which help, completion, the parser and plugin signatures read.
public struct FlagSpec: FlagDeclaration, Equatable {
    /// The name without dashes, such as `limit`.
    public let name: String
    /// What its value is, or nil for a switch that takes none.
    public let value: ValueKind?
    /// The name of the value in usage, such as `N`.
    public let valueName: String
    /// One line on what it does.
    public let summary: Message
    /// Whether it may be given more than once.
    public let isRepeatable: Bool

    /// A flag that takes a value.
    public init(_ name: String, _ value: ValueKind, valueName: String = "VALUE", _ summary: Message,
                repeatable: Bool = false) {
        self.name = name
        self.value = value
        self.valueName = valueName
        self.summary = summary
        self.isRepeatable = repeatable
    }

    /// A switch.
    public init(switch name: String, _ summary: Message) {
        self.name = name
        self.value = nil
        self.valueName = ""
        self.summary = summary
        self.isRepeatable = false
    }

    /// The specification itself, so that plugin signatures, known only at run time, can be listed like keys.
    public var spec: FlagSpec { self }
}

/// A clause word that opens a part of a command line: `by`, `where`, `on`, `as`.
public enum Clause: String, Sendable, CaseIterable {
    case by, `where`, on, `as`
}

/// Everything the registry, help and completion know about a command.
public struct CommandSpec: Sendable {
    /// The word that runs it.
    public let name: String
    /// Other words that run it.
    public let aliases: [String]
    /// The module it belongs to, for grouping in `help`.
    public let module: String
    /// One line on what it does.
    public let summary: Message
    /// Longer help, shown by `help NAME`.
    public let discussion: Message?
    /// Example command lines.
    public let examples: [String]
    /// Positional arguments, in order.
    public let positionals: [PositionalSpec]
    /// Flags.
    public let flags: [FlagSpec]
    /// The clauses it takes.
    public let clauses: [Clause]
    /// Subcommands, such as `workspace open`.
    public let subcommands: [CommandSpec]
    /// Whether a successful run is recorded in the session log (a subcommand's own setting decides for it).
    public let isLogged: Bool
    /// Whether it comes from an external plugin rather than rapport itself.
    public let isPlugin: Bool
    /// Whether it runs other commands, each its own unit of work (`source`), rather than being one itself.
    public let runsCommands: Bool
    /// Whether its words are kept as typed, unparsed (a plugin command whose real specification is not known yet).
    public let takesAnyWords: Bool
    /// Whether it sets the script variable its first positional names (`set var`). The session log keeps such a line
    /// as typed, not expanded, when every variable it uses was set that way before in the session.
    public let setsVariable: Bool
    /// Whether it writes a file the user names and has `--force` (export, report, log save): the session log records
    /// it with `--force`, so that a replayed log writes again what the session wrote.
    public let writesFiles: Bool

    /// A command specification; its positionals and flags are the keys the command reads them through.
    public init(
        name: String, aliases: [String] = [], module: String, summary: Message, discussion: Message? = nil,
        examples: [String] = [], positionals: [any PositionalDeclaration] = [], flags: [any FlagDeclaration] = [],
        clauses: [Clause] = [],
        subcommands: [CommandSpec] = [], isLogged: Bool = true, isPlugin: Bool = false, runsCommands: Bool = false,
        takesAnyWords: Bool = false, setsVariable: Bool = false, writesFiles: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.module = module
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.positionals = positionals.map(\.spec)
        self.flags = flags.map(\.spec)
        self.clauses = clauses
        self.subcommands = subcommands
        self.isLogged = isLogged
        self.isPlugin = isPlugin
        self.runsCommands = runsCommands
        self.takesAnyWords = takesAnyWords
        self.setsVariable = setsVariable
        self.writesFiles = writesFiles
        assert(!writesFiles || flags.contains { $0.spec.name == "force" }, "'\(name)' writes files but has no --force")
    }

    /// The subcommand with this name, if any.
    public func subcommand(named word: String) -> CommandSpec? {
        subcommands.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The flag with this name, if any.
    public func flag(named name: String) -> FlagSpec? {
        flags.first { $0.name == name }
    }

    /// The usage line, built from the specification: `show DATASET [--limit N] [where EXPR]`.
    public func usage(prefix: String? = nil) -> String {
        var parts = [prefix.map { "\($0) \(name)" } ?? name]
        if !subcommands.isEmpty && positionals.isEmpty {
            parts.append("[" + subcommands.map(\.name).joined(separator: "|") + "]")
        }
        for positional in positionals {
            var word = positional.name + (positional.isRepeating ? "..." : "")
            if positional.isOptional { word = "[\(word)]" }
            parts.append(word)
        }
        for clause in clauses {
            switch clause {
            case .by: parts.append("[by COLUMN[,COLUMN]]")
            case .where: parts.append("[where EXPR]")
            case .on: parts.append("[on KEY]")
            case .as: parts.append("[as NAME]")
            }
        }
        for flag in flags {
            parts.append(flag.value == nil ? "[--\(flag.name)]" : "[--\(flag.name) \(flag.valueName)]")
        }
        return parts.joined(separator: " ")
    }
}
