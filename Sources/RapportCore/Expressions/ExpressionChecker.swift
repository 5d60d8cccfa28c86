/// Resolves an expression's columns and functions against a dataset and checks the types of every operation.
struct ExpressionChecker {
    /// The dataset the expression is evaluated on.
    let dataset: Dataset
    /// Where the text came from, for errors.
    let source: ExpressionSource
    /// The session's zone, in which time literals without an offset are read.
    let localTime: LocalTime
    /// The expression's text, for the hint on a column name with a hyphen.
    let text: String

    /// The checked node and the type of its values.
    func check(_ node: ExpressionNode) throws -> (node: CheckedNode, type: ColumnType) {
        switch node.kind {
        case .integer(let value): return (.constant(.integer(value)), .integer)
        case .decimal(let value): return (.constant(.decimal(value)), .decimal)
        case .text(let value): return (.constant(.text(value)), .text)
        case .boolean(let value): return (.constant(.boolean(value)), .boolean)
        case .column(let name):
            guard let index = dataset.columnIndex(named: name) else {
                if let hyphenated = HyphenatedName.column(around: node.offset, in: text, among: dataset.columnNames) {
                    let hint = Words.columnNeedsBackticks(name, column: hyphenated.column)
                    throw source.error(hint, at: hyphenated.offset)
                }
                let suggestion = Suggestion.closest(to: name, among: dataset.columnNames)
                throw source.error(Words.unknownColumn(name, in: dataset.name).suggesting(suggestion), at: node.offset)
            }
            return (.column(index), dataset.columns[index].type)
        case .unary(let op, let operand):
            let checked = try check(operand, as: op == .not ? .boolean : .decimal)
            if op == .not {
                try require(checked.type == .boolean, operand, op.spelling, Words.trueOrFalse, checked.type)
                return (.unary(.not, checked.node), .boolean)
            }
            try require(checked.type.isNumeric, operand, op.spelling, Words.aNumber, checked.type)
            return (.unary(op, checked.node), checked.type)
        case .binary(let op, let left, let right):
            return try binary(op, left, right)
        case .isMissing(let operand, let negated):
            return (.isMissing(try check(operand).node, negated: negated), .boolean)
        case .membership(let operand, let items):
            let checked = try check(operand)
            let cells = try items.map { try literal($0, as: checked.type) }
            return (.membership(checked.node, cells), .boolean)
        case .call(let name, let arguments):
            return try call(name, arguments, at: node.offset)
        }
    }

    private func binary(_ op: ExpressionOperator, _ left: ExpressionNode, _ right: ExpressionNode) throws
        -> (node: CheckedNode, type: ColumnType) {
        switch op {
        case .and, .or:
            let l = try check(left, as: .boolean), r = try check(right, as: .boolean)
            try require(l.type == .boolean, left, op.spelling, Words.trueOrFalse, l.type)
            try require(r.type == .boolean, right, op.spelling, Words.trueOrFalse, r.type)
            return (.binary(op, l.node, r.node), .boolean)
        case .contains, .startsWith:
            let l = try check(left, as: .text), r = try check(right, as: .text)
            try require(l.type == .text, left, op.spelling, Words.someText, l.type)
            try require(r.type == .text, right, op.spelling, Words.someText, r.type)
            return (.binary(op, l.node, r.node), .boolean)
        case .add, .subtract, .multiply, .divide, .remainder:
            let l = try check(left, as: .decimal), r = try check(right, as: .decimal)
            try require(l.type.isNumeric, left, op.spelling, Words.aNumber, l.type)
            try require(r.type.isNumeric, right, op.spelling, Words.aNumber, r.type)
            let integral = l.type == .integer && r.type == .integer && op != .divide
            return (.binary(op, l.node, r.node), integral ? .integer : .decimal)
        default:
            if let missing = [left, right].first(where: \.isMissingLiteral) {
                throw source.error(Words.compareWithMissing, at: missing.offset)
            }
            let checked = try unify([left, right], what: op.spelling)
            return (.binary(op, checked[0].node, checked[1].node), .boolean)
        }
    }

    /// A node checked where a value of `type` fits: a missing literal becomes a missing value of that type.
    private func check(_ node: ExpressionNode, as type: ColumnType) throws -> (node: CheckedNode, type: ColumnType) {
        node.isMissingLiteral ? (.missing(type), type) : try check(node)
    }

    /// Checks nodes that must share a type (or all be numbers); a quoted literal next to a time becomes a time, and a
    /// missing literal takes the type of the first node that is none.
    private func unify(_ nodes: [ExpressionNode], what: String) throws -> [(node: CheckedNode, type: ColumnType)] {
        let typed = try nodes.first { !$0.isMissingLiteral }.map { try check($0).type } ?? .decimal
        var checked = try nodes.map { try check($0, as: typed) }
        if checked.contains(where: { $0.type == .time }) {
            for index in checked.indices where checked[index].type == .text {
                if case .constant = checked[index].node {
                    checked[index] = (.constant(try literal(nodes[index], as: .time)), .time)
                }
            }
        }
        let first = checked[0].type
        for (index, item) in checked.enumerated() where item.type != first && !(item.type.isNumeric && first.isNumeric) {
            throw source.error(Words.cannotCombine(what, first, item.type), at: nodes[index].offset)
        }
        return checked
    }

    /// A literal of a list or a time comparison, as a cell of the given type.
    private func literal(_ node: ExpressionNode, as type: ColumnType) throws -> Cell {
        let cell: Cell
        switch node.kind {
        case .integer(let value): cell = .integer(value)
        case .decimal(let value): cell = .decimal(value)
        case .text(let value): cell = .text(value)
        case .boolean(let value): cell = .boolean(value)
        default: throw source.error(Words.listNeedsLiterals, at: node.offset)
        }
        switch (type, cell) {
        case (.time, .text(let text)):
            guard let parsed = ISOTime.parse(Substring(text)) else { throw source.error(Words.notATime(text), at: node.offset) }
            return .time(parsed.hasOffset ? parsed.seconds : localTime.moment(ofLocal: parsed.seconds))
        case (.integer, .integer), (.decimal, .integer), (.integer, .decimal), (.decimal, .decimal),
             (.text, .text), (.boolean, .boolean):
            return cell
        default:
            let found: ColumnType
            switch cell {
            case .integer: found = .integer
            case .decimal: found = .decimal
            case .boolean: found = .boolean
            default: found = .text
            }
            throw source.error(Words.cannotCombine("in", type, found), at: node.offset)
        }
    }

    private func call(_ name: String, _ arguments: [ExpressionNode], at offset: Int) throws
        -> (node: CheckedNode, type: ColumnType) {
        guard let function = ExpressionFunction(rawValue: name.lowercased()) else {
            let suggestion = Suggestion.closest(to: name, among: ExpressionFunction.allCases.map(\.rawValue))
            throw source.error(Words.unknownFunction(name).suggesting(suggestion), at: offset)
        }
        guard arguments.count >= function.minimumArguments,
              arguments.count <= (function.maximumArguments ?? .max) else {
            let expected = Words.argumentRange(function.minimumArguments, function.maximumArguments)
            throw source.error(Words.wrongArgumentCount(name, expected: expected, got: arguments.count), at: offset)
        }
        let what = name + "()"
        switch function {
        case .missing:
            return (.missing(.decimal), .decimal)
        case .coalesce:
            let checked = try unify(arguments, what: name)
            return (.call(function, checked.map(\.node)), Self.common(checked.map(\.type)))
        case .if:
            let condition = try check(arguments[0], as: .boolean)
            try require(condition.type == .boolean, arguments[0], what, Words.trueOrFalse, condition.type)
            let branches = try unify(Array(arguments[1...]), what: what)
            return (.conditional(condition.node, branches[0].node, branches[1].node), Self.common(branches.map(\.type)))
        case .regexmatch, .regexextract:
            return try pattern(function, arguments, what: what)
        case .period, .periodStart:
            let value = try check(arguments[0], as: .time)
            try require(value.type == .time, arguments[0], what, Words.aTime, value.type)
            let names = CalendarPeriod.allCases.map(\.rawValue)
            let period = try compiled(arguments[1], what: what, example: "'month'") { text in
                guard let period = CalendarPeriod(rawValue: text.lowercased()) else {
                    let suggestion = Suggestion.closest(to: text, among: names)
                    throw RapportError(Words.notAChoice(text, names).suggesting(suggestion))
                }
                return period
            }
            return (.period(value.node, period, start: function == .periodStart), function == .period ? .text : .time)
        case .time:
            let value = try check(arguments[0], as: .text)
            try require(value.type == .text || value.type == .time, arguments[0], what, Words.someText, value.type)
            let format = try arguments.count > 1 ? compiled(arguments[1], what: what, example: "'%d.%m.%Y %H:%M'") {
                try TimeFormat($0)
            } : nil
            return (.parseTime(value.node, format), .time)
        default:
            break
        }
        let checked = try arguments.indices.map { index in
            try check(arguments[index], as: function == .substring && index > 0 ? .integer : .text)
        }
        let first = checked[0].type
        let type: ColumnType
        switch function {
        case .lower, .upper, .trim, .len:
            try require(first == .text, arguments[0], what, Words.someText, first)
            type = function == .len ? .integer : .text
        case .replace:
            for (index, argument) in checked.enumerated() {
                try require(argument.type == .text, arguments[index], what, Words.someText, argument.type)
            }
            type = .text
        case .substring:
            try require(first == .text, arguments[0], what, Words.someText, first)
            for index in 1..<checked.count {
                let found = checked[index].type
                try require(found == .integer, arguments[index], what, Words.aWholeNumber, found)
            }
            type = .text
        case .number:
            try require(first == .text || first.isNumeric, arguments[0], what, Words.someText, first)
            type = .decimal
        case .text:
            type = .text
        case .year, .month, .weekday, .hour, .date:
            try require(first == .time, arguments[0], what, Words.aTime, first)
            type = function == .date ? .time : .integer
        case .abs:
            try require(first.isNumeric, arguments[0], what, Words.aNumber, first)
            type = first
        case .round, .log:
            try require(first.isNumeric, arguments[0], what, Words.aNumber, first)
            if checked.count == 2 {
                try require(checked[1].type == .integer, arguments[1], what, Words.aWholeNumber, checked[1].type)
            }
            type = .decimal
        case .if, .coalesce, .missing, .regexmatch, .regexextract, .time, .period, .periodStart:
            preconditionFailure("checked above")
        }
        return (.call(function, checked.map(\.node)), type)
    }

    /// The type of values that share a type, or decimals where whole numbers and decimals mix.
    private static func common(_ types: [ColumnType]) -> ColumnType {
        types.allSatisfy { $0 == types[0] } ? types[0] : .decimal
    }

    /// `regexmatch(text, pattern)` and `regexextract(text, pattern[, group])`: the pattern compiled once, here.
    private func pattern(_ function: ExpressionFunction, _ arguments: [ExpressionNode], what: String) throws
        -> (node: CheckedNode, type: ColumnType) {
        let value = try check(arguments[0], as: .text)
        try require(value.type == .text, arguments[0], what, Words.someText, value.type)
        let regex = try compiled(arguments[1], what: what, example: "'\\d+'") { try LinearRegex($0) }
        guard function == .regexextract else { return (.pattern(value.node, regex, group: nil), .boolean) }
        var group = regex.groupCount > 0 ? 1 : 0
        if arguments.count > 2 {
            guard case .integer(let given) = arguments[2].kind else {
                let found = try check(arguments[2]).type
                throw source.error(Words.needsType(what, expected: Words.aWholeNumber, found: found),
                                   at: arguments[2].offset)
            }
            guard given >= 0, given <= Int64(regex.groupCount) else {
                throw source.error(Words.regexGroupOutOfRange(given, groups: regex.groupCount), at: arguments[2].offset)
            }
            group = Int(given)
        }
        return (.pattern(value.node, regex, group: group), .text)
    }

    /// A pattern or format compiled from a text literal; its errors point at the character of the literal they name.
    private func compiled<T>(_ node: ExpressionNode, what: String, example: String,
                             _ compile: (String) throws -> T) throws -> T {
        guard case .text(let literal) = node.kind else {
            throw source.error(Words.needsQuotedLiteral(what, example: example), at: node.offset)
        }
        do {
            return try compile(literal)
        } catch let error as RapportError {
            throw source.error(error.message, at: node.offset(ofCharacter: error.excerpt?.offset ?? 0))
        }
    }

    private func require(_ condition: Bool, _ node: ExpressionNode, _ what: String, _ expected: Message,
                         _ found: ColumnType) throws {
        guard !condition else { return }
        throw source.error(Words.needsType(what, expected: expected, found: found), at: node.offset)
    }
}
