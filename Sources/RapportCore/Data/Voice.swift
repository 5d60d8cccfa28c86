import Foundation

/// Whether an account speaks as a person or as an institution.
public enum Voice: String, Sendable, CaseIterable {
    case person, institution

    /// The voice a typed word names, in any case, so the German `Person` and `Institution` count too.
    public init?(word: String) {
        self.init(rawValue: word.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
