/// A compiled pattern: the instructions the Pike VM runs, the classes they test, and the capture slots.
///
/// A repetition whose body can match the empty text runs inside a loop scope (`enterIteration` …
/// `endIteration`): as in Python's `re`, another iteration is tried only when the one before consumed something,
/// and an iteration that consumed nothing ends the repetition but keeps its groups. Whether the current
/// iterations have consumed anything is part of a thread's state, so each instruction has one state per loop
/// scope around it, plus one.
struct RegexProgram: Sendable {
    /// One step of the program; all but `scalar`, `characterClass` and `match` consume nothing.
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
        /// Start an iteration of the loop scope this instruction opens.
        case enterIteration
        /// End an iteration: leave for `exit` when it consumed nothing, else try `again` (the next iteration's
        /// `enterIteration`, when there may be one) and `exit`, preferring `again` when greedy.
        case endIteration(again: Int?, exit: Int, isGreedy: Bool)
        /// The pattern has matched.
        case match
    }

    /// The instructions; the program starts at index 0.
    var instructions: [Instruction] = []
    /// The classes `characterClass` instructions refer to.
    var classes: [RegexCharacterClass] = []
    /// Capture slots: two per capturing group plus two for the whole match.
    var slotCount = 2
    /// For each instruction, the index of its first state; its states follow, one per loop scope around it plus one.
    var stateOffsets: [Int] = []
    /// The number of states of all instructions, which bounds the work per position of the text.
    var stateCount = 0
}
