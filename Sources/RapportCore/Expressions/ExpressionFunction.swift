/// The functions expressions may call, with how many arguments each takes.
enum ExpressionFunction: String, CaseIterable {
    case lower, len, month, weekday, hour, date, abs, round, log, coalesce

    /// The fewest arguments.
    var minimumArguments: Int { 1 }

    /// The most arguments, or nil for any number.
    var maximumArguments: Int? {
        switch self {
        case .round: return 2
        case .coalesce: return nil
        default: return 1
        }
    }
}
