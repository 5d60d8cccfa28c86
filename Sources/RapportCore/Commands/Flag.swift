/// Something a specification lists as a flag: a typed key (`Flag`, `Switch`), or the plain `FlagSpec` of a plugin
/// flag known only at run time.
public protocol FlagDeclaration: Sendable {
    /// What help, completion and the parser know about the flag.
    var spec: FlagSpec { get }
}

/// A `--flag` that takes a value, declared once as a static member of its command, listed in the command's
/// specification, and read through itself: `try invocation[Self.limit]` is an `Int?`. Reading a flag by a misspelt
/// key does not compile.
public struct Flag<Value>: FlagDeclaration {
    /// What help, completion and the parser know about the flag.
    public let spec: FlagSpec
    /// How its word becomes a value.
    let type: ValueType<Value>

    /// A flag named `name` (without dashes) whose value `type` reads; `valueName` stands for it in usage.
    public init(_ name: String, _ type: ValueType<Value>, valueName: String = "VALUE", _ summary: Message) {
        spec = FlagSpec(name, type.kind, valueName: valueName, summary)
        self.type = type
    }
}

/// A `--switch` that takes no value, declared once as a static member of its command, listed in the command's
/// specification, and read through itself: `invocation[Self.weighted]` is a `Bool`.
public struct Switch: FlagDeclaration {
    /// What help, completion and the parser know about the switch.
    public let spec: FlagSpec

    /// A switch named `name` (without dashes).
    public init(_ name: String, _ summary: Message) {
        spec = FlagSpec(switch: name, summary)
    }
}

extension Switch {
    /// `--replace`: a command that stores a result may replace an existing dataset of that name.
    public static let replace = Switch("replace", Words.replaceFlag)
    /// `--force`: a command that writes a file may replace an existing one.
    public static let force = Switch("force", Words.forceFlag)
}
