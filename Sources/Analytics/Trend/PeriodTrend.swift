import RapportCore

/// A per-post metric over consecutive calendar periods, per group: each period's summary and the change of its
/// median against the period before, and over the whole range the Theil–Sen slope of the medians with Sen's 95 %
/// interval and the Mann–Kendall test (Kendall's tau-b of period index and median). Periods without a value stay
/// empty and are left out of the fit and the test, so gaps stay gaps.
public struct PeriodTrend: Sendable {
    /// The fewest periods with posts a slope and a test are computed for.
    public static let minimumPeriods = 4
    /// The most periods a trend covers (about 27 years of days), so a range cannot ask for a table beyond memory.
    public static let periodLimit: Int64 = 10_000

    /// One group's series.
    public struct Series: Sendable {
        /// The group's row in `keys`.
        public let group: Int
        /// Per period of `PeriodTrend.periods`: the summary, nil when the period has no value.
        public let summaries: [GroupSummary?]
        /// Per period: the median minus the previous period's, nil when either is empty.
        public let changes: [Double?]
        /// Per period: the change over the previous period's median, nil when either is empty or that median is 0.
        public let relativeChanges: [Double?]
        /// The Theil–Sen line of the medians over the period index (0 for the first period), nil with too few periods.
        public let fit: TheilSen.Line?
        /// Mann–Kendall: Kendall's tau-b of period index and median, nil with too few periods or constant medians.
        public let test: KendallTau.Result?

        /// The number of periods with a value.
        public var periodsWithPosts: Int { summaries.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
        /// The medians, nil for empty periods.
        public var medians: [Double?] { summaries.map { $0?.median } }
    }

    /// The period indexes covered, first to last, empty ones included.
    public let periods: ClosedRange<Int64>
    /// The groups' key columns, one row per group (no columns for one overall group).
    public let keys: [Column]
    /// One series per group, in key order.
    public let series: [Series]

    /// The trend of `values` (NaN where missing) over the periods of each row (`periodOfRow`, missing rows left
    /// out), grouped by `byColumns` (whose rows match the values'); `numerators`/`denominators` give the pooled value.
    public init(values: [Double], numerators: [Double], denominators: [Double]?, periodOfRow: [Int64],
                missing: MissingMask, byColumns: [Column], periods: ClosedRange<Int64>) {
        let rows = values.indices.filter { !missing.isMissing($0) && periods.contains(periodOfRow[$0]) }
        let gather = { (column: Column) in
            Column(name: column.name, role: column.role, data: column.data.gathering(rows))
        }
        let byData = Dataset(name: "trend", columns: byColumns.map(gather))
        let byGroups = RowGroups(byData, by: Array(byColumns.indices))
        let period = Column.integer("period", rows.map { periodOfRow[$0] - periods.lowerBound })
        let cells = Dataset(name: "trend", columns: byData.columns + [period])
        let cellGroups = RowGroups(cells, by: Array(cells.columns.indices))
        let summaries = GroupSummary.ofGroups(cellGroups, values: rows.map { values[$0] },
                                              numerators: rows.map { numerators[$0] },
                                              denominators: denominators.map { all in rows.map { all[$0] } })
        let width = Int(periods.upperBound - periods.lowerBound) + 1
        // Without by columns every row is in the one group (a dataset of no columns has no rows to group).
        let groupCount = byColumns.isEmpty ? 1 : byGroups.count
        var table = [[GroupSummary?]](repeating: [GroupSummary?](repeating: nil, count: width), count: groupCount)
        for cell in 0..<cellGroups.count {
            guard let first = cellGroups.rows[cell].first, case .integer(let offset) = cellGroups.keys.last?.data[cell],
                  summaries[cell].count > 0 else { continue }
            table[byColumns.isEmpty ? 0 : byGroups.groupOfRow[first]][Int(offset)] = summaries[cell]
        }
        self.periods = periods
        keys = byGroups.keys
        series = table.enumerated().map { group, summaries in Self.series(group: group, summaries) }
    }

    /// A group's changes, fit and test from its summaries per period.
    private static func series(group: Int, _ summaries: [GroupSummary?]) -> Series {
        let medians = summaries.map { $0?.median }
        var changes: [Double?] = [nil], relative: [Double?] = [nil]
        for index in medians.indices.dropFirst() {
            guard let now = medians[index], let before = medians[index - 1] else {
                changes.append(nil)
                relative.append(nil)
                continue
            }
            changes.append(now - before)
            relative.append(before == 0 ? nil : (now - before) / before)
        }
        let points = medians.indices.compactMap { index in medians[index].map { (x: Double(index), y: $0) } }
        let enough = points.count >= minimumPeriods
        let x = points.map(\.x), y = points.map(\.y)
        return Series(group: group, summaries: summaries, changes: changes, relativeChanges: relative,
                      fit: enough ? TheilSen.fit(x: x, y: y) : nil, test: enough ? KendallTau.test(x, y) : nil)
    }
}
