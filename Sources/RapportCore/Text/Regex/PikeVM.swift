/// Runs a `RegexProgram` over a text in one pass, all alternatives side by side (Pike's VM, as in RE2).
///
/// A thread is an instruction plus its capture slots; the instructions that consume nothing are followed at once,
/// in priority order, and each state of the program (an instruction, and inside loop scopes how many of the
/// current iterations have consumed nothing yet) is visited at most once per position, the first visit having
/// the highest priority. So each position costs at most two steps per state: the work of a search is bounded by
/// the program's states times the text's length, and its memory by the states times the slots kept, whatever the
/// pattern and the text. Nothing backtracks.
struct PikeVM {
    /// One entry of the depth-first walk over instructions that consume nothing.
    private enum Work {
        /// Visit an instruction with the number of loop scopes around it whose iteration has consumed nothing yet
        /// (always the innermost ones: an iteration starts after those of the scopes around it).
        case explore(Int, emptyIterations: Int)
        /// Put a capture slot back to the value it had before a `save` further down the walk.
        case restore(slot: Int, value: Int)
    }

    /// The threads at one position, in priority order: their instructions and, flat, their capture slots.
    private struct ThreadList {
        /// The instruction of each thread (a consuming one or `match`).
        var instructions: [Int] = []
        /// `slotCount` slots per thread, one thread after another.
        var slots: [Int] = []
    }

    /// The program being run.
    private let program: RegexProgram
    /// The text, one scalar per position.
    private let text: [Unicode.Scalar]
    /// How many capture slots are tracked (0 when only whether there is a match matters).
    private let slotCount: Int
    /// For each state, the last position at which it was visited, so it is visited once per position.
    private var visitedAt: [Int]
    /// The pending work of the current walk.
    private var work: [Work] = []
    /// The capture slots of the thread being followed.
    private var current: [Int]
    /// Instructions visited and threads stepped so far, for tests that check the work stays linear.
    private(set) var steps = 0

    /// A machine for one search of `text`, keeping the first `slotCount` capture slots.
    init(program: RegexProgram, text: [Unicode.Scalar], slotCount: Int) {
        self.program = program
        self.text = text
        self.slotCount = min(slotCount, program.slotCount)
        self.visitedAt = Array(repeating: -1, count: program.stateCount)
        self.current = Array(repeating: -1, count: self.slotCount)
    }

    /// The capture slots (-1 where unset) of the leftmost-first match, or nil when there is none. Unless
    /// `anchoredAtStart`, a match may start anywhere; with `anchoredAtEnd` it must end at the end of the text.
    /// With no slots kept the search stops at the first match it sees.
    mutating func firstMatch(anchoredAtStart: Bool, anchoredAtEnd: Bool) -> [Int]? {
        var threads = ThreadList(), following = ThreadList()
        var found: [Int]?
        for position in 0...text.count {
            if found == nil && (position == 0 || !anchoredAtStart) {
                for slot in current.indices { current[slot] = -1 }
                addThread(to: &threads, from: 0, at: position)
            }
            if threads.instructions.isEmpty && (found != nil || anchoredAtStart) { break }
            following.instructions.removeAll(keepingCapacity: true)
            following.slots.removeAll(keepingCapacity: true)
            stepping: for (index, instruction) in threads.instructions.enumerated() {
                steps += 1
                let slots = threads.slots[(index * slotCount)..<((index + 1) * slotCount)]
                switch program.instructions[instruction] {
                case .match:
                    guard !anchoredAtEnd || position == text.count else { continue }
                    found = Array(slots)
                    if slotCount == 0 { return found }
                    break stepping
                case .scalar(let scalar):
                    guard position < text.count, text[position] == scalar else { continue }
                case .characterClass(let index):
                    guard position < text.count, program.classes[index].contains(text[position]) else { continue }
                case .split, .jump, .save, .assertion, .enterIteration, .endIteration:
                    continue
                }
                current.replaceSubrange(current.indices, with: slots)
                addThread(to: &following, from: instruction + 1, at: position + 1)
            }
            swap(&threads, &following)
        }
        return found
    }

    /// Follows the instructions that consume nothing from `start`, in priority order, and adds a thread for each
    /// consuming instruction or `match` reached that is not yet waiting at this position.
    private mutating func addThread(to list: inout ThreadList, from start: Int, at position: Int) {
        work.append(.explore(start, emptyIterations: 0))
        while let next = work.popLast() {
            switch next {
            case .restore(let slot, let value):
                current[slot] = value
            case .explore(let instruction, let empty):
                let state = program.stateOffsets[instruction] + empty
                guard visitedAt[state] != position else { continue }
                visitedAt[state] = position
                steps += 1
                switch program.instructions[instruction] {
                case .jump(let target):
                    work.append(.explore(target, emptyIterations: empty))
                case .split(let preferred, let other):
                    work.append(.explore(other, emptyIterations: empty))
                    work.append(.explore(preferred, emptyIterations: empty))
                case .save(let slot):
                    if slot < slotCount {
                        work.append(.restore(slot: slot, value: current[slot]))
                        current[slot] = position
                    }
                    work.append(.explore(instruction + 1, emptyIterations: empty))
                case .assertion(let assertion):
                    if holds(assertion, at: position) { work.append(.explore(instruction + 1, emptyIterations: empty)) }
                case .enterIteration:
                    work.append(.explore(instruction + 1, emptyIterations: empty + 1))
                case .endIteration(let again, let exit, let isGreedy):
                    endIteration(again: again, exit: exit, isGreedy: isGreedy, emptyIterations: empty)
                case .scalar, .characterClass, .match:
                    list.instructions.append(instruction)
                    list.slots.append(contentsOf: current)
                }
            }
        }
    }

    /// Queues what follows the end of an iteration: only the exit when it consumed nothing (the innermost of the
    /// `emptyIterations`), else the next iteration (when there may be one) and the exit, in priority order.
    private mutating func endIteration(again: Int?, exit: Int, isGreedy: Bool, emptyIterations: Int) {
        if emptyIterations > 0 { return work.append(.explore(exit, emptyIterations: emptyIterations - 1)) }
        guard let again else { return work.append(.explore(exit, emptyIterations: 0)) }
        let next = Work.explore(again, emptyIterations: 0), leave = Work.explore(exit, emptyIterations: 0)
        work.append(isGreedy ? leave : next)
        work.append(isGreedy ? next : leave)
    }

    /// Whether an assertion holds between the scalars before and at `position`.
    private func holds(_ assertion: RegexAssertion, at position: Int) -> Bool {
        switch assertion {
        case .textStart:
            return position == 0
        case .textEnd:
            return position == text.count
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && RegexCharacterClass.isWordCharacter(text[position - 1])
            let after = position < text.count && RegexCharacterClass.isWordCharacter(text[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}
