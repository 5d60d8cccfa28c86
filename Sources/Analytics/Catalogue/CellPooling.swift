/// The platform and voice cells of the account-level authenticity check, small ones pooled: a cell of fewer than
/// `minimum` judged accounts joins the other small cells of its platform; a platform pool still smaller joins the
/// other such accounts of the whole table; a table pool still smaller is not judged (a level fitted to two or three
/// accounts would flag whichever is lowest).
enum CellPooling {
    /// The fewest accounts a level is fitted to.
    static let minimum = 5

    /// Each account's pool (nil when it is not judged or has no values), from its cell, its platform (nil for all
    /// when the table has no platform column) and whether its values can be used.
    static func assign(cells: [Int], platforms: [Int]?, usable: [Bool]) -> [Int?] {
        /// A pool: a cell, a platform's small cells, or the table's rest.
        enum Pool: Hashable { case cell(Int), platform(Int), table }
        /// How many usable accounts each pool of `pools` holds.
        func sizes(_ pools: [Pool?]) -> [Pool: Int] {
            var counts: [Pool: Int] = [:]
            for pool in pools { if let pool { counts[pool, default: 0] += 1 } }
            return counts
        }
        var pools: [Pool?] = cells.indices.map { usable[$0] ? .cell(cells[$0]) : nil }
        let cellSizes = sizes(pools)
        pools = pools.enumerated().map { index, pool in
            guard let pool, cellSizes[pool, default: 0] < minimum else { return pool }
            return platforms.map { .platform($0[index]) } ?? .table
        }
        let platformSizes = sizes(pools)
        pools = pools.map { pool in
            guard case .platform = pool, platformSizes[pool ?? .table, default: 0] < minimum else { return pool }
            return .table
        }
        let tableSize = sizes(pools)[.table, default: 0]
        var numbers: [Pool: Int] = [:]
        return pools.map { pool in
            guard let pool, pool != .table || tableSize >= minimum else { return nil }
            if let number = numbers[pool] { return number }
            numbers[pool] = numbers.count
            return numbers[pool]
        }
    }
}
