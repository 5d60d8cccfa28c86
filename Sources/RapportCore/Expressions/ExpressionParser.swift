/// A Pratt parser from tokens to an `ExpressionNode` tree.
///
/// Binding, loosest first: `or`, `and`, `not`, comparisons (`== != < <= > >= in contains
/// startswith is`), `+ -`, `* / %`, unary `-`.
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private let source: ExpressionSource
    private var index = 0
    /// How deep the tree being built is along the current path (an upper bound): nested parts and chained operators.
    private var nesting = 0

    /// The deepest tree an expression may make: checking and evaluating walk it recursively, and a deeper one
    /// (thousands of chained `+` or nested parentheses) would overflow the stack and crash.
    static let maximumNesting = 500

    /// The tree of an expression's text.
    static func parse(_ text: String, source: ExpressionSource) throws -> ExpressionNode {
        var parser = ExpressionParser(tokens: try ExpressionTokenizer.tokens(text, source: source), source: source)
        if parser.peek.kind == .end { throw source.error(Words.expressionEmpty, at: 0) }
        let node = try parser.expression(above: 0)
        if parser.peek.kind != .end { throw parser.unexpected(parser.peek) }
        return node
    }

    private init(tokens: [ExpressionToken], source: ExpressionSource) {
        self.tokens = tokens
        self.source = source
    }

    private var peek: ExpressionToken { tokens[index] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Parses operators that bind tighter than `power`.
    private mutating func expression(above power: Int) throws -> ExpressionNode {
        var levels = 0
        defer { nesting -= levels }
        func deepen() throws {
            levels += 1
            nesting += 1
            if nesting > Self.maximumNesting { throw source.error(Words.expressionTooDeep(Self.maximumNesting), at: peek.offset) }
        }
        try deepen()
        var left = try prefix()
        while true {
            let token = peek
            if token.isKeyword("is") || token.isKeyword("in") || token.isKeyword("not") {
                guard ExpressionOperator.equal.power > power else { break }
                try deepen()
                left = try postfixTest(left)
                continue
            }
            guard let op = ExpressionOperator.binary(token), op.power > power else { break }
            try deepen()
            _ = advance()
            let right = try expression(above: op.power)
            left = ExpressionNode(kind: .binary(op, left, right), offset: token.offset)
        }
        return left
    }

    /// `is [not] missing`, `[not] in (…)`.
    private mutating func postfixTest(_ left: ExpressionNode) throws -> ExpressionNode {
        let token = advance()
        if token.isKeyword("is") {
            let negated = peek.isKeyword("not")
            if negated { _ = advance() }
            guard peek.isKeyword("missing") else { throw source.error(Words.expectedMissing, at: peek.offset) }
            _ = advance()
            return ExpressionNode(kind: .isMissing(left, negated: negated), offset: token.offset)
        }
        if token.isKeyword("not") {
            guard peek.isKeyword("in") else { throw unexpected(token) }
            let membership = try list(after: advance(), left)
            return ExpressionNode(kind: .unary(.not, membership), offset: token.offset)
        }
        return try list(after: token, left)
    }

    /// The parenthesised list of `in`.
    private mutating func list(after keyword: ExpressionToken, _ left: ExpressionNode) throws -> ExpressionNode {
        try expect("(")
        var items: [ExpressionNode] = []
        repeat {
            items.append(try expression(above: 0))
        } while accept(",")
        try expect(")")
        return ExpressionNode(kind: .membership(left, items), offset: keyword.offset)
    }

    /// A literal, a name, a call, a parenthesised expression, or a prefix operator and its operand.
    private mutating func prefix() throws -> ExpressionNode {
        let token = advance()
        switch token.kind {
        case .integer(let value): return ExpressionNode(kind: .integer(value), offset: token.offset)
        case .decimal(let value): return ExpressionNode(kind: .decimal(value), offset: token.offset)
        case .string(let value):
            return ExpressionNode(kind: .text(value), offset: token.offset, characterOffsets: token.characterOffsets)
        case .quotedName(let name): return ExpressionNode(kind: .column(name), offset: token.offset)
        case .symbol("("):
            let inner = try expression(above: 0)
            try expect(")")
            return inner
        case .symbol("-"):
            let operand = try expression(above: ExpressionOperator.negate.power - 1)
            switch operand.kind {
            case .integer(let value): return ExpressionNode(kind: .integer(-value), offset: token.offset)
            case .decimal(let value): return ExpressionNode(kind: .decimal(-value), offset: token.offset)
            default: return ExpressionNode(kind: .unary(.negate, operand), offset: token.offset)
            }
        case .word(let word):
            switch word.lowercased() {
            case "true": return ExpressionNode(kind: .boolean(true), offset: token.offset)
            case "false": return ExpressionNode(kind: .boolean(false), offset: token.offset)
            case "not":
                let operand = try expression(above: ExpressionOperator.not.power)
                return ExpressionNode(kind: .unary(.not, operand), offset: token.offset)
            case "null":
                return ExpressionNode(kind: .call("missing", []), offset: token.offset)
            case "missing" where !peek.isSymbol("("), "and", "or", "in", "is", "contains", "startswith":
                throw unexpected(token)
            default:
                guard accept("(") else { return ExpressionNode(kind: .column(word), offset: token.offset) }
                var arguments: [ExpressionNode] = []
                if !accept(")") {
                    repeat {
                        arguments.append(try expression(above: 0))
                    } while accept(",")
                    try expect(")")
                }
                return ExpressionNode(kind: .call(word, arguments), offset: token.offset)
            }
        default:
            throw unexpected(token)
        }
    }

    private mutating func accept(_ symbol: String) -> Bool {
        guard peek.isSymbol(symbol) else { return false }
        _ = advance()
        return true
    }

    private mutating func expect(_ symbol: String) throws {
        guard accept(symbol) else {
            if peek.kind == .end { throw source.error(Words.expectedSymbol(symbol), at: peek.offset) }
            throw unexpected(peek)
        }
    }

    private func unexpected(_ token: ExpressionToken) -> RapportError {
        guard token.kind != .end else { return source.error(Words.expressionEndsEarly, at: token.offset) }
        return source.error(Words.unexpectedInExpression(spelling(of: token)), at: token.offset)
    }

    private func spelling(of token: ExpressionToken) -> String {
        switch token.kind {
        case .integer(let value): return String(value)
        case .decimal(let value): return String(value)
        case .string(let value): return "\"\(value)\""
        case .word(let word): return word
        case .quotedName(let name): return "`\(name)`"
        case .symbol(let symbol): return symbol
        case .end: return ""
        }
    }
}
