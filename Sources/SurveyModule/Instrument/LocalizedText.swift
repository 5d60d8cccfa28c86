import RapportCore

/// A text an instrument shows, in English and German.
struct LocalizedText: Codable, Equatable, Sendable {
    /// The English text.
    var en: String
    /// The German text.
    var de: String

    /// The text in a language.
    func text(_ language: Language) -> String {
        language == .de ? de : en
    }

    /// Both texts with `{value}` replaced by a value the client named.
    func filling(value: String) -> LocalizedText {
        LocalizedText(en: en.replacingOccurrences(of: "{value}", with: value),
                      de: de.replacingOccurrences(of: "{value}", with: value))
    }
}
