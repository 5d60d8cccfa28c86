/// The name a value's errors give it: a flag's (`limit`, shown `--limit`) or a positional argument's (`N`).
public enum ArgumentName: Sendable, Equatable {
    /// A flag, by its name without dashes.
    case flag(String)
    /// A positional argument, by its name in usage.
    case positional(String)

    /// The name alone: the flag's without dashes, or the positional's.
    public var bare: String {
        switch self {
        case .flag(let name), .positional(let name): return name
        }
    }

    /// As the user types or reads it: `--limit`, or `N`.
    public var shown: String {
        switch self {
        case .flag(let name): return "--" + name
        case .positional(let name): return name
        }
    }
}

/// What a flag's value or a positional argument is, and how its word becomes a typed `Value`: the kind the parser
/// checks and completion offers, and the conversion a command reads the word through.
public struct ValueType<Value>: Sendable {
    /// What the parser checks and completion offers.
    public let kind: ValueKind
    private let convert: @Sendable (Word, ArgumentName) throws -> Value

    /// A value type of `kind` whose words `convert` turns into values; `convert` throws a `RapportError` whose message
    /// names the argument, and reading the key points it at the word.
    public init(_ kind: ValueKind, convert: @escaping @Sendable (Word, ArgumentName) throws -> Value) {
        self.kind = kind
        self.convert = convert
    }

    /// The value of a word of the command line `text`, given for the argument `name`; errors point at the word.
    func value(of word: Word, as name: ArgumentName, in text: String) throws -> Value {
        do {
            return try convert(word, name)
        } catch let error as RapportError where error.excerpt == nil {
            throw error.pointing(at: word.offset, in: text)
        }
    }
}

extension ValueType where Value == Word {
    /// The word as typed (a file or folder with its `~` already expanded), for kinds whose words stay words.
    public static func word(_ kind: ValueKind) -> ValueType<Word> {
        ValueType(kind) { word, _ in word }
    }
    /// Free text.
    public static var text: ValueType<Word> { .word(.text) }
    /// A number, possibly with a fraction or a percent sign, as typed.
    public static var number: ValueType<Word> { .word(.number) }
    /// A path on disk.
    public static var file: ValueType<Word> { .word(.file) }
    /// A directory on disk.
    public static var directory: ValueType<Word> { .word(.directory) }
    /// The name of a dataset in the workspace.
    public static var dataset: ValueType<Word> { .word(.dataset) }
    /// The name of a column of the command's dataset.
    public static var column: ValueType<Word> { .word(.column) }
    /// Columns of the command's dataset, separated by commas.
    public static var columnList: ValueType<Word> { .word(.columnList) }
    /// The name of a registered command.
    public static var command: ValueType<Word> { .word(.command) }
    /// The name of a setting.
    public static var setting: ValueType<Word> { .word(.setting) }
    /// A new name the command will create.
    public static var newName: ValueType<Word> { .word(.newName) }
    /// `COLUMN=ROLE`, as typed.
    public static var roleAssignment: ValueType<Word> { .word(.roleAssignment) }
    /// One word out of a fixed list (the parser refuses any other).
    public static func choice(_ choices: [String]) -> ValueType<Word> { .word(.choice(choices)) }
}

extension ValueType where Value == Int {
    /// A whole number.
    public static var integer: ValueType<Int> {
        ValueType(.integer) { word, name in
            guard let number = Int(word.text) else {
                switch name {
                case .flag(let flag): throw RapportError(Words.notAWholeNumber(word.text, flag: flag))
                case .positional(let argument):
                    throw RapportError(Words.argumentNotAWholeNumber(word.text, argument: argument))
                }
            }
            return number
        }
    }

    /// A whole number of 0 or more.
    public static var count: ValueType<Int> {
        ValueType(.integer) { word, name in
            guard let number = Int(word.text), number >= 0 else {
                throw RapportError(Words.notACount(word.text, name: name.shown))
            }
            return number
        }
    }
}

extension ValueType where Value == UInt64 {
    /// The seed of a random computation: a whole number from 0 to 2⁶⁴ − 1.
    public static var seed: ValueType<UInt64> {
        ValueType(.integer) { word, _ in
            guard let seed = UInt64(word.text) else { throw RapportError(Words.badSeed(word.text)) }
            return seed
        }
    }
}

extension ValueType where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One of an enumeration's cases, by its raw value; the parser offers and checks them in their order.
    public static func choice(_ type: Value.Type) -> ValueType<Value> {
        let names = Value.allCases.map(\.rawValue)
        return ValueType(.choice(names)) { word, _ in
            guard let value = Value(rawValue: word.text) else {
                throw RapportError(Words.notAChoice(word.text, names)
                    .suggesting(Suggestion.closest(to: word.text, among: names)))
            }
            return value
        }
    }
}
