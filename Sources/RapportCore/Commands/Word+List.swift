import Foundation

extension Word {
    /// The comma-separated items of the word (such as `--accounts a, b`), trimmed, leaving out empty ones.
    public var listItems: [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
