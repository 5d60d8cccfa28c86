import RapportCore

/// What a metric computed: a result table, optional per-post values and notes on how it was computed.
public struct MetricOutcome: Sendable {
    /// One row per group (or per channel, account …): the result dataset's columns.
    public var columns: [Column]
    /// The metric's value for every row of the input, for `--per-post`; nil when the metric has none.
    public var perRow: Column?
    /// Which columns and denominator were used, and anything the reader must know.
    public var notes: [Message]
    /// The column of the result that goals are checked against.
    public var headline: String
    /// How many leading columns name a result row (the groups, and for some metrics a responder or account).
    public var keyCount: Int?

    /// An outcome from its parts; `keyCount` nil means the leading columns are exactly the grouping columns.
    public init(columns: [Column], perRow: Column? = nil, notes: [Message], headline: String, keyCount: Int? = nil) {
        self.columns = columns
        self.perRow = perRow
        self.notes = notes
        self.headline = headline
        self.keyCount = keyCount
    }
}
