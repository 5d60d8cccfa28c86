import RapportCore

/// The result table of a per-post metric: one row per group with posts, median, mean, quartiles and pooled value.
public enum SummaryTable {
    /// The name of the column holding the headline number (the median).
    public static let headline = "median"

    /// The columns: the group keys, then `posts`, `median`, `mean`, `p25`, `p75` and `pooled`.
    public static func columns(groups: RowGroups, values: [Double], numerators: [Double], denominators: [Double]?,
                               isRate: Bool, pooledName: String = "pooled", pooledRows: [Bool]? = nil) -> [Column] {
        let summaries = GroupSummary.ofGroups(groups, values: values, numerators: numerators, denominators: denominators,
                                              pooledRows: pooledRows)
        let role: ColumnRole? = isRate ? .rate : nil
        return groups.keys + [
            Column.integer("posts", summaries.map { Int64($0.count) }),
            Column.decimal(headline, summaries.map(\.median), role: role),
            Column.decimal("mean", summaries.map(\.mean), role: role),
            Column.decimal("p25", summaries.map(\.lower), role: role),
            Column.decimal("p75", summaries.map(\.upper), role: role),
            Column.decimal(pooledName, summaries.map(\.pooled), role: role),
        ]
    }

    /// A note on how many rows had no value, or none when every row had one.
    public static func leftOutNote(values: [Double]) -> Message? {
        let missing = values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        return missing == 0 ? nil : Words.rowsWithoutValue(missing, of: values.count)
    }
}
