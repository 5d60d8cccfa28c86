/// Something a specification lists as a positional argument: a typed `Positional` key, or the plain `PositionalSpec`
/// of a plugin argument known only at run time.
public protocol PositionalDeclaration: Sendable {
    /// What help, completion and the parser know about the argument.
    var spec: PositionalSpec { get }
}

/// A positional argument, declared once as a static member of its command, listed in the command's specification,
/// and read through itself: `invocation[Self.dataset]` is the word, `try invocation[Self.metric]` the metric. An
/// optional one reads as nil when left out, a repeating one as the list of its words' values.
public struct Positional<Value>: PositionalDeclaration {
    /// What help, completion and the parser know about the argument.
    public let spec: PositionalSpec
    /// The value of the words given for it in the command line (the second argument): none, one, or several.
    let read: @Sendable ([Word], String) throws -> Value

    /// A positional argument that must be given; `type` reads its word.
    public init(_ name: String, _ type: ValueType<Value>) {
        spec = PositionalSpec(name, type.kind)
        read = { words, text in
            try type.value(of: words.first ?? Word("", at: text.count), as: .positional(name), in: text)
        }
    }

    /// A positional argument that may be left out; `type` reads its word.
    public init<Item>(_ name: String, optional type: ValueType<Item>) where Value == Item? {
        spec = PositionalSpec(name, type.kind, optional: true)
        read = { words, text in try words.first.map { try type.value(of: $0, as: .positional(name), in: text) } }
    }

    /// A last positional argument that takes all remaining words, at least one unless `optional`; `type` reads each.
    public init<Item>(_ name: String, repeating type: ValueType<Item>, optional: Bool = false) where Value == [Item] {
        spec = PositionalSpec(name, type.kind, optional: optional, repeating: true)
        read = { words, text in try words.map { try type.value(of: $0, as: .positional(name), in: text) } }
    }
}
