/// One piece of what a command shows a person.
public enum ResultBlock: Sendable {
    /// A table, with an optional title above it.
    case table(Dataset, title: String?)
    /// Lines of text, already in the session's language.
    case text(String)
    /// A warning, printed to stderr.
    case warning(Message)
    /// A remark on what the result leaves out (rows past `--limit`), for whoever does not see the table's own lines:
    /// printed to stderr, except in the table mode on a terminal, where the table says it already.
    case note(Message)
}

/// What a command produced: blocks for people and one JSON value for machines.
public struct CommandResult: Sendable {
    /// What the terminal shows, in order.
    public var blocks: [ResultBlock]
    /// What `--json` prints as `result`.
    public var json: JSONValue
    /// Whether the command wrote its data to stdout itself (`export NAME -`), so that nothing else goes there: its
    /// text goes to stderr, and no JSON document is printed.
    public private(set) var ownsStdout = false

    /// A result from blocks and its JSON form.
    public init(blocks: [ResultBlock], json: JSONValue) {
        self.blocks = blocks
        self.json = json
    }

    /// This result of a command that wrote its data to stdout: everything it says goes to stderr.
    public func owningStdout() -> CommandResult {
        var copy = self
        copy.ownsStdout = true
        return copy
    }

    /// No output at all.
    public static let empty = CommandResult(blocks: [], json: .null)

    /// A table; its JSON form is the table's.
    public static func table(_ dataset: Dataset, title: String? = nil) -> CommandResult {
        CommandResult(blocks: [.table(dataset, title: title)], json: TableJSON.value(of: dataset))
    }

    /// A table whose headers speak the session's language; its JSON form is the table built in English, because JSON
    /// is never localised.
    public static func table(in language: Language, title: String? = nil, _ build: (Language) -> Dataset) -> CommandResult {
        CommandResult(blocks: [.table(build(language), title: title)], json: TableJSON.value(of: build(.en)))
    }

    /// A sentence; its JSON form is `{"message": …}` plus any extra fields.
    public static func message(_ text: String, _ fields: [(String, JSONValue)] = []) -> CommandResult {
        CommandResult(blocks: [.text(text)], json: .object([("message", .string(text))] + fields))
    }

    /// This result with a warning added in front.
    public func warning(_ message: Message) -> CommandResult {
        var copy = self
        copy.blocks.insert(.warning(message), at: 0)
        return copy
    }
}

/// The JSON form of a table: `{"columns": [{"name", "type", "role"}], "rows": [[…]]}`.
public enum TableJSON {
    /// The table's JSON value, numbers unrounded, missing as null.
    public static func value(of dataset: Dataset) -> JSONValue {
        let columns: [JSONValue] = dataset.columns.map { column in
            .object([("name", .string(column.name)), ("type", .string(column.type.rawValue)),
                     ("role", column.role.map { .string($0.rawValue) } ?? .null)])
        }
        var rows: [JSONValue] = []
        rows.reserveCapacity(dataset.rowCount)
        for row in 0..<dataset.rowCount {
            rows.append(.array(dataset.columns.map { JSONValue($0.data[row]) }))
        }
        return .object([("columns", .array(columns)), ("rows", .array(rows))])
    }
}
