/// A named table of typed columns of equal length: the unit the workspace stores.
public struct Dataset: Sendable, Equatable {
    /// The name commands refer to it by.
    public var name: String
    /// The columns, in display order.
    public private(set) var columns: [Column]
    /// What kind of data this is (posts, accounts, followers, result …), if known.
    public var kind: DatasetKind?

    /// A dataset from columns of equal length.
    public init(name: String, columns: [Column], kind: DatasetKind? = nil) {
        precondition(Set(columns.map(\.count)).count <= 1, "columns of a dataset must have equal length")
        self.name = name
        self.columns = columns
        self.kind = kind
    }

    /// The number of rows.
    public var rowCount: Int { columns.first?.count ?? 0 }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The column with this name, compared case-insensitively when no exact match exists.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name } ?? columns.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The index of the column with this name (exact first, then case-insensitive).
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name } ?? columns.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// The index of the first column that plays this role.
    public func columnIndex(ofRole role: ColumnRole) -> Int? {
        columns.firstIndex { $0.role == role }
    }

    /// The first column that plays this role.
    public func column(role: ColumnRole) -> Column? {
        columns.first { $0.role == role }
    }

    /// Adds a column at the end, or replaces the one of the same name.
    public mutating func setColumn(_ column: Column) {
        precondition(columns.isEmpty || column.count == rowCount, "column length must match the dataset")
        if let index = columns.firstIndex(where: { $0.name == column.name }) {
            columns[index] = column
        } else {
            columns.append(column)
        }
    }

    /// Gives the column at `index` a new name, keeping its role and values.
    public mutating func renameColumn(at index: Int, to name: String) {
        columns[index].name = name
    }

    /// Sets the role of a column (nil clears it).
    public mutating func setRole(_ role: ColumnRole?, ofColumnAt index: Int) {
        columns[index].role = role
    }

    /// The dataset restricted to the given rows, in that order.
    public func gathering(_ rows: [Int]) -> Dataset {
        var copy = self
        copy.columns = columns.map { Column(name: $0.name, role: $0.role, data: $0.data.gathering(rows)) }
        return copy
    }
}
