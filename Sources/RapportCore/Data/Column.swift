/// A named, typed column of a dataset, with the role it plays (likes, reach, voice …) if known.
public struct Column: Sendable, Equatable {
    /// The column's name as the user sees it.
    public var name: String
    /// The role rapport maps the column to, such as `likes` or `followers`.
    public var role: ColumnRole?
    /// The values.
    public var data: ColumnData

    /// A column from its parts.
    public init(name: String, role: ColumnRole? = nil, data: ColumnData) {
        self.name = name
        self.role = role
        self.data = data
    }

    /// The column's type.
    public var type: ColumnType { data.type }

    /// The number of rows.
    public var count: Int { data.count }
}

extension Column {
    /// A text column from optional strings (nil is missing).
    public static func text(_ name: String, _ values: [String?], role: ColumnRole? = nil) -> Column {
        var mask = MissingMask()
        for (row, value) in values.enumerated() where value == nil { mask.markMissing(row) }
        return Column(name: name, role: role, data: .text(TextValues(encoding: values.map { $0 ?? "" }), mask))
    }

    /// An integer column from optional numbers (nil is missing).
    public static func integer(_ name: String, _ values: [Int64?], role: ColumnRole? = nil) -> Column {
        var mask = MissingMask()
        for (row, value) in values.enumerated() where value == nil { mask.markMissing(row) }
        return Column(name: name, role: role, data: .integer(values.map { $0 ?? 0 }, mask))
    }

    /// A decimal column from optional numbers (nil and non-finite values are missing).
    public static func decimal(_ name: String, _ values: [Double?], role: ColumnRole? = nil) -> Column {
        var mask = MissingMask()
        for (row, value) in values.enumerated() where !(value?.isFinite ?? false) { mask.markMissing(row) }
        return Column(name: name, role: role, data: .decimal(values.map { $0.flatMap { $0.isFinite ? $0 : nil } ?? 0 }, mask))
    }

    /// A decimal column from numbers where NaN (or any non-finite value) marks a missing value.
    public static func decimal(_ name: String, nanAsMissing values: [Double], role: ColumnRole? = nil) -> Column {
        var mask = MissingMask()
        var clean = values
        for row in values.indices where !values[row].isFinite {
            mask.markMissing(row)
            clean[row] = 0
        }
        return Column(name: name, role: role, data: .decimal(clean, mask))
    }
}
