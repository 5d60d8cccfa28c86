/// A named, typed column of a dataset, with the role it plays (likes, reach, voice …) if known.
public struct Column: Sendable, Equatable {
    /// The column's name as the user sees it.
    public var name: String
    /// The role rapport maps the column to, such as `likes` or `followers`.
    public var role: String?
    /// The values.
    public var data: ColumnData

    /// A column from its parts.
    public init(name: String, role: String? = nil, data: ColumnData) {
        self.name = name
        self.role = role
        self.data = data
    }

    /// The column's type.
    public var type: ColumnType { data.type }

    /// The number of rows.
    public var count: Int { data.count }
}
