import RapportCore

/// The rows of a dataset split into groups by the values of some columns, groups in ascending key order.
public struct RowGroups: Sendable {
    /// The key columns, one row per group, named and typed as in the dataset.
    public let keys: [Column]
    /// The rows of each group, ascending.
    public let rows: [[Int]]
    /// The group of every row of the dataset.
    public let groupOfRow: [Int]

    /// The groups of a dataset by the columns at the given indices; one group of all rows when there are none.
    public init(_ dataset: Dataset, by columnIndices: [Int]) {
        let rowCount = dataset.rowCount
        var ids = [Int](repeating: 0, count: rowCount)
        var cardinality = 1
        for index in columnIndices {
            let (columnIDs, columnCardinality) = Self.ids(of: dataset.columns[index].data)
            ids = Self.combine(ids, cardinality, columnIDs, columnCardinality, &cardinality)
        }
        var counts = [Int](repeating: 0, count: cardinality)
        for id in ids { counts[id] += 1 }
        var first = [Int](repeating: -1, count: cardinality)
        for row in (0..<rowCount).reversed() { first[ids[row]] = row }
        let keyOrders = columnIndices.map { OrderKey(dataset.columns[$0].data) }
        let used = (0..<cardinality).filter { counts[$0] > 0 }
        let order = used.sorted { a, b in
            for key in keyOrders {
                let comparison = key.compare(first[a], first[b], descending: false)
                if comparison != 0 { return comparison < 0 }
            }
            return a < b
        }
        var position = [Int](repeating: 0, count: cardinality)
        for (rank, id) in order.enumerated() { position[id] = rank }
        var rows: [[Int]] = order.map { id in
            var list: [Int] = []
            list.reserveCapacity(counts[id])
            return list
        }
        if rowCount == 0 && columnIndices.isEmpty { rows = [[]] }
        for row in 0..<rowCount { rows[position[ids[row]]].append(row) }
        self.rows = rows
        self.groupOfRow = ids.map { position[$0] }
        let representatives = order.map { first[$0] }
        self.keys = columnIndices.map { index in
            let column = dataset.columns[index]
            return Column(name: column.name, role: column.role, data: column.data.gathering(representatives))
        }
    }

    /// The number of groups.
    public var count: Int { rows.count }

    /// Dense group numbers of one column's values and how many there can be; missing values form one group.
    private static func ids(of data: ColumnData) -> ([Int], Int) {
        if case .text(let texts, let mask) = data, let codes = texts.codes {
            let missingID = texts.pool.count
            return (codes.indices.map { mask.isMissing($0) ? missingID : Int(codes[$0]) }, missingID + 1)
        }
        let ids = OrderKey(data).groupIDs()
        return (ids, (ids.max() ?? -1) + 1)
    }

    /// Group numbers of two groupings together, renumbered densely in order of first appearance.
    private static func combine(_ left: [Int], _ leftCount: Int, _ right: [Int], _ rightCount: Int,
                                _ combinedCount: inout Int) -> [Int] {
        var dense: [Int: Int] = [:]
        var table = [Int](repeating: -1, count: leftCount * rightCount <= 1 << 22 ? leftCount * rightCount : 0)
        var next = 0
        return left.indices.map { row in
            let combined = left[row] * rightCount + right[row]
            if !table.isEmpty {
                if table[combined] < 0 { table[combined] = next; next += 1 }
                combinedCount = next
                return table[combined]
            }
            if let id = dense[combined] { return id }
            dense[combined] = next
            next += 1
            combinedCount = next
            return next - 1
        }
    }
}
