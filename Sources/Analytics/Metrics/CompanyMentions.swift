/// Whether a text names the company: any of its names, compared case-insensitively as whole words.
public struct CompanyMentions: Sendable {
    /// The lower-cased names, as scalars.
    private let names: [[Unicode.Scalar]]

    /// A matcher for these names (empty names are dropped).
    public init(names: [String]) {
        self.names = names.map { Array($0.lowercased().unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// Whether one of the names occurs in the text, not as part of a longer word ("Acme" in "#Acme" but not in "Acmetal").
    public func areNamed(in text: String) -> Bool {
        let scalars = Array(text.lowercased().unicodeScalars)
        return names.contains { name in
            guard name.count <= scalars.count else { return false }
            return (0...(scalars.count - name.count)).contains { start in
                occurs(name, in: scalars, at: start)
            }
        }
    }

    /// Whether `name` stands at `start` of `scalars` with a word boundary on both sides.
    private func occurs(_ name: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        for offset in name.indices where scalars[start + offset] != name[offset] { return false }
        let end = start + name.count
        if start > 0, WordScalars.isWordPart(name[0]), WordScalars.isWordPart(scalars[start - 1]) { return false }
        if end < scalars.count, WordScalars.isWordPart(name[name.count - 1]), WordScalars.isWordPart(scalars[end]) {
            return false
        }
        return true
    }
}
