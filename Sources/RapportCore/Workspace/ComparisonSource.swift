import Foundation

/// The `source` a stored comparison table records: the word `compare` and, after it, the comparison's plain
/// sentence in every language as JSON (`compare {"de":"…","en":"…"}`), so a report can quote it later.
public struct ComparisonSource: Codable, Equatable {
    /// The word every comparison's source starts with.
    public static let word = "compare"

    /// The plain sentence in English.
    public let en: String
    /// The plain sentence in German.
    public let de: String

    /// The record of a sentence.
    public init(sentence: Message) {
        en = sentence.en
        de = sentence.de
    }

    /// The record a stored source holds; nil when the source is not a comparison's or carries no sentence.
    public init?(source: String?) {
        guard let source, source.hasPrefix(ComparisonSource.word + " "),
              let record = try? JSONDecoder().decode(ComparisonSource.self, from: Data(source.dropFirst(ComparisonSource.word.count + 1).utf8))
        else { return nil }
        self = record
    }

    /// The sentence as a message.
    public var sentence: Message { Message(en: en, de: de) }

    /// The text stored as the dataset's source.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ComparisonSource.word + " " + String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
