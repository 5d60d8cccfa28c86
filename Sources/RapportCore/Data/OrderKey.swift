/// A column as numbers that order and group its rows: texts by rank, times and whole numbers as they are.
public enum OrderKey: Sendable {
    /// Whole numbers (also times, booleans and text ranks).
    case integers([Int64], MissingMask)
    /// Decimal numbers.
    case decimals([Double], MissingMask)

    /// The key of a column's values.
    public init(_ data: ColumnData) {
        switch data {
        case .integer(let values, let mask), .time(let values, let mask): self = .integers(values, mask)
        case .boolean(let values, let mask): self = .integers(values.map { $0 ? 1 : 0 }, mask)
        case .decimal(let values, let mask): self = .decimals(values.map { $0 == 0 ? 0 : $0 }, mask)
        case .text(let texts, let mask): self = .integers(TextRanks.ranks([texts])[0].map(Int64.init), mask)
        }
    }

    /// Negative, zero or positive as row `a` comes before, with or after row `b`; missing comes last either way.
    public func compare(_ a: Int, _ b: Int, descending: Bool) -> Int {
        switch self {
        case .integers(let values, let mask): return Self.compare(values, mask, a, b, descending)
        case .decimals(let values, let mask): return Self.compare(values, mask, a, b, descending)
        }
    }

    /// One group number per row, counting from 0: rows with equal values, or both missing, share one.
    public func groupIDs() -> [Int] {
        switch self {
        case .integers(let values, let mask): return Self.groupIDs(values, mask)
        case .decimals(let values, let mask): return Self.groupIDs(values, mask)
        }
    }

    private static func compare<T: Comparable>(_ values: [T], _ mask: MissingMask, _ a: Int, _ b: Int,
                                               _ descending: Bool) -> Int {
        let aMissing = mask.isMissing(a), bMissing = mask.isMissing(b)
        if aMissing || bMissing { return aMissing == bMissing ? 0 : (aMissing ? 1 : -1) }
        if values[a] == values[b] { return 0 }
        return (values[a] < values[b]) != descending ? -1 : 1
    }

    private static func groupIDs<T: Hashable>(_ values: [T], _ mask: MissingMask) -> [Int] {
        var ids: [T: Int] = [:]
        var missingID: Int?
        var next = 0
        return values.indices.map { row in
            if mask.isMissing(row) {
                if let id = missingID { return id }
                missingID = next
                next += 1
                return next - 1
            }
            if let id = ids[values[row]] { return id }
            ids[values[row]] = next
            next += 1
            return next - 1
        }
    }
}
