/// A compiled pattern: the instructions the Pike VM runs, the classes they test, and the capture slots.
struct RegexProgram: Sendable {
    /// One step of the program; `split`, `jump`, `save` and `assertion` consume nothing.
    enum Instruction: Sendable, Equatable {
        /// Consume this scalar.
        case scalar(Unicode.Scalar)
        /// Consume a scalar of `classes[index]`.
        case characterClass(Int)
        /// Go on at both targets, the first preferred.
        case split(Int, Int)
        /// Go on at the target.
        case jump(Int)
        /// Record the current position in a capture slot (group n starts in 2n and ends in 2n + 1).
        case save(Int)
        /// Go on only where the condition holds.
        case assertion(RegexAssertion)
        /// The pattern has matched.
        case match
    }

    /// The instructions; the program starts at index 0.
    var instructions: [Instruction] = []
    /// The classes `characterClass` instructions refer to.
    var classes: [RegexCharacterClass] = []
    /// Capture slots: two per capturing group plus two for the whole match.
    var slotCount = 2
}
