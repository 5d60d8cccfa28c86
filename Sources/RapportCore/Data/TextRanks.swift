/// Ranks of text values in sorted order, shared across columns, so comparing and sorting text compares integers.
public enum TextRanks {
    /// For each column, each row's rank among the distinct values of all the columns (equal texts, equal ranks).
    public static func ranks(_ columns: [TextValues]) -> [[Int]] {
        var distinct = Set<String>()
        for column in columns { distinct.formUnion(column.pool) }
        let sorted = distinct.sorted()
        var rankOf: [String: Int] = [:]
        rankOf.reserveCapacity(sorted.count)
        for (rank, value) in sorted.enumerated() { rankOf[value] = rank }
        return columns.map { column in
            let poolRanks = column.pool.map { rankOf[$0, default: 0] }  // every pool value is among the distinct ones
            guard let codes = column.codes else { return poolRanks }
            return codes.map { poolRanks[Int($0)] }
        }
    }
}
