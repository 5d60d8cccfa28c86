/// What a result dataset found: the kind of finding, and for a comparison its plain sentence.
public struct Finding: Sendable, Equatable, Codable {
    /// The kinds of finding rapport stores; the raw value is the word in the workspace (`origin.finding.kind`).
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A `score` result: one row per group with the metric's summary.
        case score
        /// The groups table of `compare` (by groups, `--split` or `--around`).
        case compare
        /// The pairs table that goes with a `compare` groups table.
        case comparePairs = "compare-pairs"
        /// The accounts table of `compare --accounts`.
        case compareAccounts = "compare-accounts"
        /// A table of an authenticity `audit`.
        case audit
    }

    /// The kind of finding.
    public var kind: Kind
    /// The finding in a plain sentence, in every language; nil when the command says none.
    public var sentence: Message?

    /// A finding from its parts.
    public init(_ kind: Kind, sentence: Message? = nil) {
        self.kind = kind
        self.sentence = sentence
    }

    /// Whether a report shows it as a comparison of groups or accounts (with its pairs, when stored).
    public var isComparison: Bool { kind == .compare || kind == .compareAccounts }
}
