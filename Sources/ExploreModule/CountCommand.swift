import RapportCore

/// `count NAME by COLUMN[,COLUMN] [--per PERIOD [--time COLUMN]]`: how many rows each combination of values has,
/// largest groups first; with `--per` by period first (in order of time, empty periods as rows of 0), then largest.
enum CountCommand {
    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)

    static let command = BuiltinCommand(CommandSpec(
        name: "count", module: "explore", summary: Words.countSummary,
        examples: ["count posts by voice", "count posts by platform,format", "count posts --per week",
                   "count posts by voice --per month"],
        positionals: [dataset],
        flags: [PeriodFlags.per, PeriodFlags.time],
        clauses: [.by],
        isLogged: false
    )) { invocation, context in
        var dataset = try invocation.dataset(invocation[Self.dataset], in: context)
        let periods = try invocation.periodGrouping(of: dataset, timeZone: context.workspace.settings.timeZone)
        let by = invocation.by ?? []
        guard !by.isEmpty || periods != nil else { throw invocation.error(Words.needsBy, at: invocation.end) }
        var indices = try by.map { try invocation.columnIndex($0.text, at: $0, in: dataset) }
        if let periods {
            dataset = periods.dataset
            indices.insert(dataset.columns.count - 1, at: 0)
        }
        let keys = indices.map { OrderKey(dataset.columns[$0].data) }
        var groups = [Int](repeating: 0, count: dataset.rowCount)
        for key in keys {
            try context.checkInterrupted()
            let ids = key.groupIDs()
            var dense: [Int: Int] = [:]
            for row in 0..<groups.count {
                let combined = groups[row] * (dataset.rowCount + 1) + ids[row]
                if let id = dense[combined] {
                    groups[row] = id
                } else {
                    groups[row] = dense.count
                    dense[combined] = dense.count
                }
            }
        }
        var first: [Int] = []
        var counts: [Int64] = []
        for (row, group) in groups.enumerated() {
            if group == first.count {
                first.append(row)
                counts.append(0)
            }
            counts[group] += 1
        }
        let order = Array(first.indices).sorted { a, b in
            if periods != nil, let period = keys.first {
                let comparison = period.compare(first[a], first[b], descending: false)
                if comparison != 0 { return comparison < 0 }
            }
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            for key in keys {
                let comparison = key.compare(first[a], first[b], descending: false)
                if comparison != 0 { return comparison < 0 }
            }
            return a < b
        }
        let representatives = order.map { first[$0] }
        var columns = indices.map { index -> Column in
            let column = dataset.columns[index]
            return Column(name: column.name, role: column.role, data: column.data.gathering(representatives))
        }
        columns.append(Column.integer("count", order.map { counts[$0] }))
        let table = Dataset(name: dataset.name, columns: columns)
        guard let periods else { return .table(table) }
        return .table(periods.shown(periods.fillingEmptyPeriods(table, zeroed: ["count"]), language: context.language))
    }
}
