import RapportCore

/// The table format of the protocol, which is `TableJSON`'s: `{"columns": [{"name", "type", "role"}], "rows": [[…]]}`.
///
/// Reading checks everything a plugin sends: unique non-empty column names, known types and roles, rows as
/// long as the column list, and each value of its column's type (or null for missing).
enum PluginTable {
    /// The most rows a table from a plugin may have.
    static let maximumRows = 5_000_000

    /// A dataset named `name` from a table a plugin sent; `place` says where in the answer it was, for errors.
    static func dataset(from value: JSONValue, name: String, place: String) throws -> Dataset {
        guard case .array(let columnValues)? = value["columns"], case .array(let rowValues)? = value["rows"] else {
            throw RapportError(Words.pluginTableShape(place))
        }
        guard rowValues.count <= maximumRows else { throw RapportError(Words.pluginTableTooLong(place, limit: maximumRows)) }
        var names: [String] = [], types: [ColumnType] = [], roles: [ColumnRole?] = []
        for (index, column) in columnValues.enumerated() {
            guard let columnName = column["name"]?.stringValue, !columnName.isEmpty, !names.contains(columnName) else {
                throw RapportError(Words.pluginColumnName(place, index: index + 1))
            }
            guard let typeName = column["type"]?.stringValue, let type = ColumnType(rawValue: typeName) else {
                throw RapportError(Words.pluginColumnType(place, column: columnName))
            }
            var role: ColumnRole?
            if let given = column["role"], given != .null {
                guard let word = given.stringValue, let known = ColumnRole(rawValue: word) else {
                    let shown = given.stringValue ?? JSONWriter.string(given)
                    throw RapportError(Words.pluginColumnRole(place, column: columnName, role: shown))
                }
                role = known
            }
            names.append(columnName)
            types.append(type)
            roles.append(role)
        }
        var cells = Array(repeating: [Cell](), count: names.count)
        for (rowIndex, row) in rowValues.enumerated() {
            guard case .array(let values) = row, values.count == names.count else {
                throw RapportError(Words.pluginRowLength(place, row: rowIndex + 1, expected: names.count))
            }
            for (column, value) in values.enumerated() {
                guard let cell = cell(value, as: types[column]) else {
                    throw RapportError(Words.pluginCellType(place, row: rowIndex + 1, column: names[column],
                                                            type: types[column].rawValue))
                }
                cells[column].append(cell)
            }
        }
        let columns = names.indices.map { index in
            Column(name: names[index], role: roles[index], data: ColumnData.from(cells: cells[index], as: types[index]))
        }
        return Dataset(name: name, columns: columns)
    }

    /// The cell a JSON value gives in a column of `type`, or nil when it does not fit.
    static func cell(_ value: JSONValue, as type: ColumnType) -> Cell? {
        switch (type, value) {
        case (_, .null): return .missing
        case (.integer, .integer(let number)): return .integer(number)
        case (.integer, .number(let number)):
            return Int64(exactly: number).map(Cell.integer)
        case (.decimal, .integer(let number)): return .decimal(Double(number))
        case (.decimal, .number(let number)): return .decimal(number)
        case (.boolean, .bool(let flag)): return .boolean(flag)
        case (.time, .string(let text)): return ISOTime.parse(Substring(text)).map { .time($0.seconds) }
        case (.text, .string(let text)): return .text(text)
        default: return nil
        }
    }
}
