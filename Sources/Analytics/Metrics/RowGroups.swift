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
            (ids, cardinality) = Self.combine(ids, cardinality, columnIDs, columnCardinality)
        }
        var counts = [Int](repeating: 0, count: cardinality)
        var first = [Int](repeating: -1, count: cardinality)
        for row in 0..<rowCount {
            let id = ids[row]
            if counts[id] == 0 { first[id] = row }
            counts[id] += 1
        }
        // Groups are ordered by their key values, compared on one representative row each.
        let used = (0..<cardinality).filter { counts[$0] > 0 }
        let samples = columnIndices.map { OrderKey(dataset.columns[$0].data.gathering(used.map { first[$0] })) }
        let order = used.indices.sorted { a, b in
            for key in samples {
                let comparison = key.compare(a, b, descending: false)
                if comparison != 0 { return comparison < 0 }
            }
            return a < b
        }.map { used[$0] }
        var position = [Int](repeating: 0, count: cardinality)
        for (rank, id) in order.enumerated() { position[id] = rank }
        self.rows = rowCount == 0 && columnIndices.isEmpty ? [[]] : Self.rowLists(ids, position: position,
                                                                                    sizes: order.map { counts[$0] })
        self.groupOfRow = ids.map { position[$0] }
        let representatives = order.map { first[$0] }
        self.keys = columnIndices.map { index in
            let column = dataset.columns[index]
            return Column(name: column.name, role: column.role, data: column.data.gathering(representatives))
        }
    }

    /// Each group's rows, ascending, laid out by a counting sort: one pass over the rows into one buffer, then cut.
    private static func rowLists(_ ids: [Int], position: [Int], sizes: [Int]) -> [[Int]] {
        let starts = Self.starts(of: sizes)
        var cursor = starts
        let flat = [Int](unsafeUninitializedCapacity: ids.count) { buffer, initialized in
            for row in ids.indices {
                let group = position[ids[row]]
                buffer[cursor[group]] = row
                cursor[group] += 1
            }
            initialized = ids.count
        }
        return sizes.indices.map { Array(flat[starts[$0]..<starts[$0 + 1]]) }
    }

    /// Where each of consecutive runs of these sizes starts in one buffer, and (last) where the last one ends.
    static func starts(of sizes: [Int]) -> [Int] {
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for (group, size) in sizes.enumerated() { starts[group + 1] = starts[group] + size }
        return starts
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

    /// Group numbers of two groupings together, renumbered densely in order of first appearance, and how many there are.
    private static func combine(_ left: [Int], _ leftCount: Int, _ right: [Int], _ rightCount: Int) -> ([Int], Int) {
        var next = 0
        if leftCount * rightCount <= 1 << 22 {
            var table = [Int](repeating: -1, count: leftCount * rightCount)
            let ids = [Int](unsafeUninitializedCapacity: left.count) { buffer, initialized in
                for row in left.indices {
                    let combined = left[row] * rightCount + right[row]
                    if table[combined] < 0 {
                        table[combined] = next
                        next += 1
                    }
                    buffer[row] = table[combined]
                }
                initialized = left.count
            }
            return (ids, next)
        }
        var dense: [Int: Int] = [:]
        let ids = left.indices.map { row in
            let combined = left[row] * rightCount + right[row]
            if let id = dense[combined] { return id }
            dense[combined] = next
            next += 1
            return next - 1
        }
        return (ids, next)
    }
}
