import RapportCore

/// Stacks the rows of a freshly read file under an existing dataset, matching columns by name (monthly exports).
///
/// The dataset's columns come first in their order, then the file's new columns; a column missing on either side is
/// missing there. Each column's type is the one both sides share, decimal where integers meet decimals; a column
/// holding only missing values takes the other side's type; any other mix is refused. Roles and kind are the
/// dataset's. With a key column, a row of the file replaces every dataset row with the same key, and within the file
/// the last row of a key wins; rows with a missing key are always kept.
enum DatasetAppender {
    /// The stacked dataset, and how many of the file's rows were new and how many replaced older rows.
    struct Outcome {
        /// The dataset with the file's rows under it.
        let dataset: Dataset
        /// File rows whose key was not in the dataset (all kept rows without a key column).
        let added: Int
        /// File rows that replaced dataset rows with the same key.
        let replaced: Int
    }

    /// `columns` (read from `file`) stacked under `existing`, deduplicated on the column `key` when given.
    static func append(_ columns: [Column], from file: String, to existing: Dataset, dedupeOn key: String?) throws -> Outcome {
        let newCount = columns.first?.count ?? 0
        var names = existing.columnNames
        for column in columns where !names.contains(column.name) { names.append(column.name) }
        let pairs = names.map { name in
            (name: name, old: existing.columns.first { $0.name == name }, new: columns.first { $0.name == name })
        }
        let types = try pairs.map { try unifiedType($0.name, $0.old, $0.new, dataset: existing.name, file: file) }
        var keptOld = Array(0..<existing.rowCount)
        var keptNew = Array(0..<newCount)
        var replaced = 0
        if let key {
            guard let oldKey = existing.column(named: key) else {
                throw RapportError(Words.unknownColumn(key, in: existing.name))
            }
            guard let newKey = Dataset(name: file, columns: columns).column(named: key) else {
                throw RapportError(Words.appendKeyNotInFile(key, file: file))
            }
            let newKeys = (0..<newCount).map { keyValue(newKey.data[$0]) }
            var lastRowOfKey: [Cell: Int] = [:]
            for (row, value) in newKeys.enumerated() where !value.isMissing { lastRowOfKey[value] = row }
            keptNew = keptNew.filter { newKeys[$0].isMissing || lastRowOfKey[newKeys[$0]] == $0 }
            let oldKeys = (0..<existing.rowCount).map { keyValue(oldKey.data[$0]) }
            keptOld = keptOld.filter { oldKeys[$0].isMissing || lastRowOfKey[oldKeys[$0]] == nil }
            let present = Set(oldKeys.filter { !$0.isMissing })
            replaced = keptNew.filter { present.contains(newKeys[$0]) }.count
        }
        let stacked = zip(pairs, types).map { pair, type -> Column in
            let cells = keptOld.map { pair.old?.data[$0] ?? .missing } + keptNew.map { pair.new?.data[$0] ?? .missing }
            return Column(name: pair.name, role: pair.old?.role, data: ColumnData.from(cells: cells, as: type))
        }
        let dataset = Dataset(name: existing.name, columns: stacked, kind: existing.kind)
        return Outcome(dataset: dataset, added: keptNew.count - replaced, replaced: replaced)
    }

    /// The type both sides of a column can be stored as; a side that is absent or all missing accepts any type.
    private static func unifiedType(_ name: String, _ old: Column?, _ new: Column?, dataset: String, file: String) throws -> ColumnType {
        let oldType = old.flatMap { holdsValues($0) ? $0.type : nil }
        let newType = new.flatMap { holdsValues($0) ? $0.type : nil }
        switch (oldType, newType) {
        case let (oldType?, newType?) where oldType == newType: return oldType
        case let (oldType?, newType?) where oldType.isNumeric && newType.isNumeric: return .decimal
        case let (oldType?, newType?):
            throw RapportError(Words.appendTypeClash(name, dataset: dataset, existing: oldType.rawValue,
                                                     file: file, found: newType.rawValue))
        case let (oldType?, nil): return oldType
        case let (nil, newType?): return newType
        case (nil, nil): return old?.type ?? new?.type ?? .text
        }
    }

    /// Whether a column holds at least one value.
    private static func holdsValues(_ column: Column) -> Bool {
        column.data.missing.count < column.count
    }

    /// A key cell compared across types: numbers by value, so 7 and 7.0 are the same key.
    private static func keyValue(_ cell: Cell) -> Cell {
        cell.number.map(Cell.decimal) ?? cell
    }
}
