/// Turns a `RegexNode` into a `RegexProgram` (Thompson's construction with priorities), refusing programs
/// above a size limit before building them, so that `{n,m}` cannot blow a pattern up.
struct RegexCompiler {
    /// The most instructions a program may have; with the text's length it bounds the work of every match.
    static let maximumInstructions = 10_000

    /// The program being built.
    private var program = RegexProgram()

    /// The program of a tree with `groupCount` capturing groups; the whole match is saved in slots 0 and 1.
    /// Throws the size error when the program would be larger than `maximumInstructions`.
    /// The error points at the pattern's start (`source`), since no single part of it is to blame.
    static func compile(_ node: RegexNode, groupCount: Int, source: String) throws -> RegexProgram {
        let whole = RegexNode.group(node, number: 0)
        guard size(of: whole) + 1 <= maximumInstructions else {
            throw RapportError(Words.regexTooLarge(maximumInstructions)).pointing(at: 0, in: source)
        }
        var compiler = RegexCompiler()
        compiler.program.slotCount = 2 * (groupCount + 1)
        compiler.emit(whole)
        compiler.append(.match)
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
            guard let maximum else { return min(limit, minimum == 0 ? body + 2 : minimum * body + 1) }
            return min(limit, minimum * body + (maximum - minimum) * (body + 1))
        }
    }

    /// Appends an instruction and returns its index.
    @discardableResult
    private mutating func append(_ instruction: RegexProgram.Instruction) -> Int {
        program.instructions.append(instruction)
        return program.instructions.count - 1
    }

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
            emitRepetition(inner, minimum: minimum, maximum: maximum, isGreedy: isGreedy)
        }
    }

    /// `a|b|c` as `split(a, split(b, c))`, each branch but the last jumping to the end.
    private mutating func emitAlternation(_ branches: [RegexNode]) {
        var jumps: [Int] = []
        for branch in branches.dropLast() {
            let split = append(.split(0, 0))
            emit(branch)
            jumps.append(append(.jump(0)))
            program.instructions[split] = .split(split + 1, program.instructions.count)
        }
        if let last = branches.last { emit(last) }
        for jump in jumps { program.instructions[jump] = .jump(program.instructions.count) }
    }

    /// The minimum number of copies, then either a loop (`x*` written as `(x+)?`, so an iteration that matches
    /// the empty text still records its groups, as in Python) or nested optional copies `(x(x)?)?` up to the maximum.
    private mutating func emitRepetition(_ inner: RegexNode, minimum: Int, maximum: Int?, isGreedy: Bool) {
        guard let maximum else {
            if minimum == 0 {
                let entry = append(.split(0, 0))
                emitLoop(inner, isGreedy: isGreedy)
                program.instructions[entry] = Self.split(again: entry + 1, exit: program.instructions.count,
                                                         isGreedy: isGreedy)
            } else {
                for _ in 1..<minimum { emit(inner) }
                emitLoop(inner, isGreedy: isGreedy)
            }
            return
        }
        for _ in 0..<minimum { emit(inner) }
        var splits: [Int] = []
        for _ in minimum..<maximum {
            splits.append(append(.split(0, 0)))
            emit(inner)
        }
        let exit = program.instructions.count
        for split in splits { program.instructions[split] = Self.split(again: split + 1, exit: exit, isGreedy: isGreedy) }
    }

    /// `x+`: the body, then a split back to it or on.
    private mutating func emitLoop(_ inner: RegexNode, isGreedy: Bool) {
        let start = program.instructions.count
        emit(inner)
        let split = append(.split(0, 0))
        program.instructions[split] = Self.split(again: start, exit: split + 1, isGreedy: isGreedy)
    }
}
