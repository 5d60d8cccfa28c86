import Foundation
import RapportCore

/// Known labels of followers from a column: which are fake and which are real.
enum FollowerLabels {
    /// Words that mark a fake follower.
    static let fakeWords: Set<String> = ["1", "true", "yes", "fake", "bot"]
    /// Words that mark a real follower.
    static let realWords: Set<String> = ["0", "false", "no", "real", "genuine", "human"]

    /// Per row: true for fake, false for real, nil where the label is missing; any other value is an
    /// error naming its row (counted from 1).
    static func read(_ column: Column) throws -> [Bool?] {
        try (0..<column.count).map { row in
            let cell = column.data[row]
            let word: String
            switch cell {
            case .missing: return nil
            case .boolean(let value): return value
            case .integer(let value): word = String(value)
            case .decimal(let value): word = value == 1 ? "1" : value == 0 ? "0" : String(value)
            case .text(let value): word = value.trimmingCharacters(in: .whitespaces)
            case .time(let seconds): word = ISOTime.format(seconds)
            }
            if fakeWords.contains(word.lowercased()) { return true }
            if realWords.contains(word.lowercased()) { return false }
            throw RapportError(Words.badLabel(word, row: row + 1, column: column.name))
        }
    }
}
