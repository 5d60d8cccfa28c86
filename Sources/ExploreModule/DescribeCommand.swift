import Analytics
import RapportCore

/// `describe NAME`: one row per column with its type, role, missing and distinct counts, and summary values
/// (for times, the first and last in the session's zone and language); the cells import read as missing because
/// they did not read as their column's type are recalled as warnings.
enum DescribeCommand {
    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)

    static let command = BuiltinCommand(CommandSpec(
        name: "describe", module: "explore", summary: Words.describeSummary, discussion: Words.describeDiscussion,
        examples: ["describe posts"],
        positionals: [dataset],
        isLogged: false
    )) { invocation, context in
        let dataset = try invocation.dataset(invocation[Self.dataset], in: context)
        var rows: [Summary] = []
        for column in dataset.columns {
            try context.checkInterrupted()
            rows.append(Summary(column))
        }
        let zone = context.formatter.timeZone
        let files = context.workspace.entry(named: dataset.name)?.origin?.files ?? []
        let unread = files.flatMap(\.unreadCells).filter { dataset.column(named: $0.column) != nil }
        let table = CommandResult.table(in: context.language) { language in
            let formatter = CellFormatter(language: language, timeZone: zone)
            return Dataset(name: dataset.name, columns: [
                Column.text("column", rows.map(\.name)),
                Column.text("type", rows.map(\.type)),
                Column.text("role", rows.map(\.role)),
                Column.integer("missing", rows.map(\.missing)),
                Column.integer("distinct", rows.map(\.distinct)),
                Column.decimal("min", rows.map(\.min)),
                Column.decimal("max", rows.map(\.max)),
                Column.decimal("mean", rows.map(\.mean)),
                Column.decimal("median", rows.map(\.median)),
                Column.text("top", rows.map { $0.top(formatter) }),
            ])
        }
        // What the import read as missing because it did not read as the column's type, as the import said it.
        return unread.reversed().reduce(table) { $0.warning(Words.unreadCells($1)) }
    }

    /// What `describe` tells about one column.
    struct Summary {
        let name: String
        let type: String
        let role: String?
        let missing: Int64
        let distinct: Int64
        var min: Double?
        var max: Double?
        var mean: Double?
        var median: Double?
        var frequent: String?
        var span: (first: Int64, last: Int64)?
        var truths: (yes: Int, no: Int)?

        /// The summary of a column; numbers get min, max, mean and median, texts their three most frequent values,
        /// times their first and last.
        init(_ column: Column) {
            name = column.name
            type = column.type.rawValue
            role = column.role?.rawValue
            let data = column.data
            missing = Int64(data.missing.count)
            let key = OrderKey(data)
            let ids = key.groupIDs()
            var counts: [Int: (count: Int, row: Int)] = [:]
            for row in 0..<data.count where !data.missing.isMissing(row) {
                counts[ids[row], default: (0, row)].count += 1
            }
            distinct = Int64(counts.count)
            if column.type.isNumeric {
                var values: [Double] = []
                values.reserveCapacity(data.count)
                for row in 0..<data.count { if let number = data[row].number { values.append(number) } }
                values.sort()
                if let first = values.first, let last = values.last {
                    min = first
                    max = last
                    mean = values.reduce(0, +) / Double(values.count)
                    median = Quantile.ofSorted(values, 0.5)
                }
            }
            if case .time(let seconds, let mask) = data {
                let present = seconds.indices.lazy.filter { !mask.isMissing($0) }.map { seconds[$0] }
                if let first = present.min(), let last = present.max() { span = (first, last) }
            }
            if case .boolean(let values, let mask) = data {
                let yes = values.indices.filter { !mask.isMissing($0) && values[$0] }.count
                truths = (yes, data.count - Int(missing) - yes)
            }
            if column.type == .text {
                let ranked = counts.values.sorted {
                    $0.count != $1.count ? $0.count > $1.count : key.compare($0.row, $1.row, descending: false) < 0
                }
                frequent = ranked.prefix(3).map { entry -> String in
                    guard case .text(let value) = data[entry.row] else { return "" }
                    return "\(value) (\(entry.count))"
                }.joined(separator: ", ")
            }
        }

        /// The `top` cell: the most frequent texts, how many are true and false, or a time column's first and last.
        func top(_ formatter: CellFormatter) -> String? {
            if let frequent { return frequent }
            if let truths {
                return "\(formatter.boolean(true)) (\(truths.yes)), \(formatter.boolean(false)) (\(truths.no))"
            }
            return span.map { formatter.time($0.first) + " – " + formatter.time($0.last) }
        }
    }
}
