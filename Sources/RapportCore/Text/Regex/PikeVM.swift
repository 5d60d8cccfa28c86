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

        /// Removes every thread, keeping the memory for the next position.
        mutating func clear() {
            instructions.removeAll(keepingCapacity: true)
            slots.removeAll(keepingCapacity: true)
        }

        /// Adds a thread at the end, the lowest priority so far.
        mutating func add(_ instruction: Int, slots threadSlots: [Int]) {
            instructions.append(instruction)
            for index in 0..<threadSlots.count { slots.append(threadSlots[index]) }
        }
    }

    /// The program being run.
    private let program: RegexProgram
    /// The text, one scalar per position.
    private let text: [Unicode.Scalar]
    /// How many capture slots are tracked (0 when only whether there is a match matters).
    private let slotCount: Int
    /// For each state, the last position at which it was visited, so it is visited once per position.
    private var visitedAt: [Int]
    /// The pending work of the current walk, a stack whose top is at `workCount - 1` (the entries above are stale,
    /// kept so the stack is not reallocated).
    private var work: [Work] = []
    /// How many entries of `work` are pending.
    private var workCount = 0
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
        let instructions = program.instructions, classes = program.classes, text = text
        var threads = ThreadList(), following = ThreadList()
        var found: [Int]?
        for position in 0...text.count {
            if found == nil && (position == 0 || !anchoredAtStart) {
                for slot in current.indices { current[slot] = -1 }
                addThread(to: &threads, from: 0, at: position)
            }
            if threads.instructions.isEmpty && (found != nil || anchoredAtStart) { break }
            following.clear()
            stepping: for index in 0..<threads.instructions.count {
                steps += 1
                let instruction = threads.instructions[index]
                let slots = index * slotCount
                switch instructions[instruction] {
                case .match:
                    guard !anchoredAtEnd || position == text.count else { continue }
                    found = Array(threads.slots[slots..<(slots + slotCount)])
                    if slotCount == 0 { return found }
                    break stepping
                case .scalar(let scalar):
                    guard position < text.count, text[position] == scalar else { continue }
                case .characterClass(let index):
                    guard position < text.count, classes[index].contains(text[position]) else { continue }
                case .split, .jump, .save, .assertion, .enterIteration, .endIteration:
                    continue
                }
                for slot in 0..<slotCount { current[slot] = threads.slots[slots + slot] }
                addThread(to: &following, from: instruction + 1, at: position + 1)
            }
            swap(&threads, &following)
        }
        return found
    }

    /// Follows the instructions that consume nothing from `start`, in priority order, and adds a thread for each
    /// consuming instruction or `match` reached that is not yet waiting at this position.
    private mutating func addThread(to list: inout ThreadList, from start: Int, at position: Int) {
        let instructions = program.instructions, stateOffsets = program.stateOffsets
        push(.explore(start, emptyIterations: 0))
        while workCount > 0 {
            workCount -= 1
            switch work[workCount] {
            case .restore(let slot, let value):
                current[slot] = value
            case .explore(let instruction, let empty):
                let state = stateOffsets[instruction] + empty
                guard visitedAt[state] != position else { continue }
                visitedAt[state] = position
                steps += 1
                switch instructions[instruction] {
                case .jump(let target):
                    push(.explore(target, emptyIterations: empty))
                case .split(let preferred, let other):
                    push(.explore(other, emptyIterations: empty))
                    push(.explore(preferred, emptyIterations: empty))
                case .save(let slot):
                    if slot < slotCount {
                        push(.restore(slot: slot, value: current[slot]))
                        current[slot] = position
                    }
                    push(.explore(instruction + 1, emptyIterations: empty))
                case .assertion(let assertion):
                    if holds(assertion, at: position) { push(.explore(instruction + 1, emptyIterations: empty)) }
                case .enterIteration:
                    push(.explore(instruction + 1, emptyIterations: empty + 1))
                case .endIteration(let again, let exit, let isGreedy):
                    endIteration(again: again, exit: exit, isGreedy: isGreedy, emptyIterations: empty)
                case .scalar, .characterClass, .match:
                    list.add(instruction, slots: current)
                }
            }
        }
    }

    /// Puts an entry on top of the work stack.
    private mutating func push(_ entry: Work) {
        if workCount < work.count {
            work[workCount] = entry
        } else {
            work.append(entry)
        }
        workCount += 1
    }

    /// Queues what follows the end of an iteration: only the exit when it consumed nothing (the innermost of the
    /// `emptyIterations`), else the next iteration (when there may be one) and the exit, in priority order.
    private mutating func endIteration(again: Int?, exit: Int, isGreedy: Bool, emptyIterations: Int) {
        if emptyIterations > 0 { return push(.explore(exit, emptyIterations: emptyIterations - 1)) }
        guard let again else { return push(.explore(exit, emptyIterations: 0)) }
        let next = Work.explore(again, emptyIterations: 0), leave = Work.explore(exit, emptyIterations: 0)
        push(isGreedy ? leave : next)
        push(isGreedy ? next : leave)
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
