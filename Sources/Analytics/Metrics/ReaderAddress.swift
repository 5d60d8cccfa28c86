/// How a post addresses its readers in German: informally (du), formally (Sie), both ways, or neither.
public enum ReaderAddress: String, Sendable, CaseIterable {
    case informal, formal, both, neutral

    /// The address of a post that has or lacks informal and formal address words.
    init(informal: Bool, formal: Bool) {
        switch (informal, formal) {
        case (true, true): self = .both
        case (true, false): self = .informal
        case (false, true): self = .formal
        case (false, false): self = .neutral
        }
    }
}
