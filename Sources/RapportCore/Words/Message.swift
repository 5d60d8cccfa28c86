/// A user-facing text in every language rapport speaks; entries live in the `Words` catalogue.
public struct Message: Sendable, Equatable {
    /// The English text.
    public let en: String
    /// The German text.
    public let de: String

    /// A message from its English and German text.
    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return en
        case .de: return de
        }
    }

    /// This message with "did you mean …?" added when there is a suggestion.
    public func suggesting(_ suggestion: String?) -> Message {
        guard let suggestion else { return self }
        return joined(Words.didYouMean(suggestion), separator: " — ")
    }

    /// This message followed by another, separated by a blank.
    public func joined(_ other: Message, separator: String = " ") -> Message {
        Message(en: en + separator + other.en, de: de + separator + other.de)
    }
}

/// The one catalogue of user-facing words; each area adds its entries in an extension file.
public enum Words {}

/// A message is stored as `{"de": …, "en": …}` where the workspace keeps one (a finding's sentence).
extension Message: Codable {}
