/// The operators of the expression language, unary and binary.
enum ExpressionOperator: String, Equatable, Sendable {
    case negate = "-x"
    case not
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case and, or
    case contains, startsWith = "startswith"

    /// The binary operator a token stands for, if any.
    static func binary(_ token: ExpressionToken) -> ExpressionOperator? {
        switch token.kind {
        case .symbol(let symbol):
            if symbol == "=" { return .equal }
            return ExpressionOperator(rawValue: symbol).flatMap { $0 == .negate ? nil : $0 }
        case .word(let word):
            let lowered = word.lowercased()
            return [.and, .or, .contains, .startsWith].first { $0.rawValue == lowered }
        default:
            return nil
        }
    }

    /// How tightly it binds as a binary operator; higher binds tighter.
    var power: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .not: return 3
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains, .startsWith: return 4
        case .add, .subtract: return 5
        case .multiply, .divide, .remainder: return 6
        case .negate: return 7
        }
    }

    /// How the user writes it, for messages.
    var spelling: String { self == .negate ? "-" : rawValue }
}
