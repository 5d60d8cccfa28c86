/// A language rapport speaks to its users in.
public enum Language: String, Sendable, Codable, CaseIterable {
    case en, de

    /// The language named by a POSIX locale value such as `de_DE.UTF-8`, or English.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("de") else { return .en }
        return .de
    }
}
