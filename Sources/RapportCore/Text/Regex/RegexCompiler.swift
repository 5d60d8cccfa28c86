/// Turns a `RegexNode` into a `RegexProgram` (Thompson's construction with priorities), refusing programs
/// above a size limit before building them, so that `{n,m}` cannot blow a pattern up.
struct RegexCompiler {
    /// The most instructions (and states) a program may have; with the text's length it bounds the work of a match.
    static let maximumInstructions = 10_000

    /// The program being built.
    private var program = RegexProgram()
    /// How many loop scopes surround each instruction written so far.
    private var scopeDepths: [Int] = []
    /// How many loop scopes surround the next instruction.
    private var scopeDepth = 0

    /// The program of a tree with `groupCount` capturing groups; the whole match is saved in slots 0 and 1.
    /// Throws the size error, pointing at the pattern's start (`source`), since no single part of it is to blame,
    /// when the program would have more than `maximumInstructions` instructions or states.
    static func compile(_ node: RegexNode, groupCount: Int, source: String) throws -> RegexProgram {
        let whole = RegexNode.group(node, number: 0)
        let tooLarge = RapportError(Words.regexTooLarge(maximumInstructions)).pointing(at: 0, in: source)
        guard size(of: whole) + 1 <= maximumInstructions else { throw tooLarge }
        var compiler = RegexCompiler()
        compiler.program.slotCount = 2 * (groupCount + 1)
        compiler.emit(whole)
        compiler.append(.match)
        for depth in compiler.scopeDepths {
            compiler.program.stateOffsets.append(compiler.program.stateCount)
            compiler.program.stateCount += depth + 1
        }
        guard compiler.program.stateCount <= maximumInstructions else { throw tooLarge }
        return compiler.program
    }

    /// How many instructions `emit` writes for a node, stopping early past the limit.
    private static func size(of node: RegexNode) -> Int {
        let limit = maximumInstructions + 1
        switch node {
        case .empty:
            return 0
        case .scalar, .characterClass, .assertion:
            return 1
        case .group(let inner, let number):
            return min(limit, size(of: inner) + (number == nil ? 0 : 2))
        case .concatenation(let items):
            return items.reduce(0) { min(limit, $0 + size(of: $1)) }
        case .alternation(let branches):
            return branches.reduce(2 * (branches.count - 1)) { min(limit, $0 + size(of: $1)) }
        case .repetition(let inner, let minimum, let maximum, _):
            let body = size(of: inner)
            if inner.isNullable {
                guard let maximum else { return min(limit, minimum * body + body + 3) }
                return min(limit, minimum * body + (maximum - minimum) * (body + 2) + (maximum > minimum ? 1 : 0))
            }
            guard let maximum else { return min(limit, minimum == 0 ? body + 2 : minimum * body + 1) }
            return min(limit, minimum * body + (maximum - minimum) * (body + 1))
        }
    }

    /// Appends an instruction and returns its index.
    @discardableResult
    private mutating func append(_ instruction: RegexProgram.Instruction) -> Int {
        program.instructions.append(instruction)
        scopeDepths.append(scopeDepth)
        return program.instructions.count - 1
    }

    /// The index the next instruction will have.
    private var nextIndex: Int { program.instructions.count }

    /// A split between one more iteration (`again`) and going on (`exit`), preferring `again` when greedy.
    private static func split(again: Int, exit: Int, isGreedy: Bool) -> RegexProgram.Instruction {
        isGreedy ? .split(again, exit) : .split(exit, again)
    }

    /// Writes the instructions of a node.
    private mutating func emit(_ node: RegexNode) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar):
            append(.scalar(scalar))
        case .characterClass(let set):
            program.classes.append(set)
            append(.characterClass(program.classes.count - 1))
        case .assertion(let assertion):
            append(.assertion(assertion))
        case .group(let inner, let number):
            guard let number else { return emit(inner) }
            append(.save(2 * number))
            emit(inner)
            append(.save(2 * number + 1))
        case .concatenation(let items):
            for item in items { emit(item) }
        case .alternation(let branches):
            emitAlternation(branches)
        case .repetition(let inner, let minimum, let maximum, let isGreedy):
            if inner.isNullable {
                for _ in 0..<minimum { emit(inner) }
                emitIterations(inner, count: maximum.map { $0 - minimum }, isGreedy: isGreedy)
            } else if let maximum {
                for _ in 0..<minimum { emit(inner) }
                emitOptionalCopies(inner, count: maximum - minimum, isGreedy: isGreedy)
            } else if minimum == 0 {
                let entry = append(.split(0, 0))
                emitLoop(inner, isGreedy: isGreedy)
                program.instructions[entry] = Self.split(again: entry + 1, exit: nextIndex, isGreedy: isGreedy)
            } else {
                for _ in 1..<minimum { emit(inner) }
                emitLoop(inner, isGreedy: isGreedy)
            }
        }
    }

    /// `a|b|c` as `split(a, split(b, c))`, each branch but the last jumping to the end.
    private mutating func emitAlternation(_ branches: [RegexNode]) {
        var jumps: [Int] = []
        for branch in branches.dropLast() {
            let split = append(.split(0, 0))
            emit(branch)
            jumps.append(append(.jump(0)))
            program.instructions[split] = .split(split + 1, nextIndex)
        }
        if let last = branches.last { emit(last) }
        for jump in jumps { program.instructions[jump] = .jump(nextIndex) }
    }

    /// Up to `count` more copies of a body that cannot match the empty text, nested as `(x(x)?)?`.
    private mutating func emitOptionalCopies(_ inner: RegexNode, count: Int, isGreedy: Bool) {
        var splits: [Int] = []
        for _ in 0..<count {
            splits.append(append(.split(0, 0)))
            emit(inner)
        }
        let exit = nextIndex
        for split in splits {
            program.instructions[split] = Self.split(again: split + 1, exit: exit, isGreedy: isGreedy)
        }
    }

    /// `x+` for a body that cannot match the empty text: the body, then a split back to it or on (`x*` is
    /// `(x+)?`).
    private mutating func emitLoop(_ inner: RegexNode, isGreedy: Bool) {
        let start = nextIndex
        emit(inner)
        let back = append(.split(0, 0))
        program.instructions[back] = Self.split(again: start, exit: back + 1, isGreedy: isGreedy)
    }

    /// Up to `count` (nil: any number of) more iterations of a body that can match the empty text, in a loop scope:
    /// the first is always tried, each further one only when the one before consumed something, as in Python
    /// (the minimum copies, written before, are not part of it). A bounded count writes one copy per iteration,
    /// an unbounded one a single copy whose end leads back to its start.
    private mutating func emitIterations(_ inner: RegexNode, count: Int?, isGreedy: Bool) {
        guard count != 0 else { return }
        let entry = append(.split(0, 0))
        var starts: [Int] = [], ends: [Int] = []
        for _ in 0..<(count ?? 1) {
            starts.append(append(.enterIteration))
            scopeDepth += 1
            emit(inner)
            ends.append(append(.endIteration(again: nil, exit: 0, isGreedy: isGreedy)))
            scopeDepth -= 1
        }
        let exit = nextIndex
        program.instructions[entry] = Self.split(again: entry + 1, exit: exit, isGreedy: isGreedy)
        for (index, end) in ends.enumerated() {
            let again = count == nil ? starts[0] : (index + 1 < starts.count ? starts[index + 1] : nil)
            program.instructions[end] = .endIteration(again: again, exit: exit, isGreedy: isGreedy)
        }
    }
}
