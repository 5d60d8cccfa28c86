/// One value of a table, as read out of a column.
public enum Cell: Sendable, Equatable, Hashable {
    case missing
    case integer(Int64)
    case decimal(Double)
    case boolean(Bool)
    /// Seconds since 1970-01-01T00:00:00Z.
    case time(Int64)
    case text(String)

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .decimal(let value): return value
        default: return nil
        }
    }

    /// Whether the value is missing.
    public var isMissing: Bool { self == .missing }
}
