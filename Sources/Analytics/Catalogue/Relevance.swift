import RapportCore

/// Relevance: the median engagement rate of a topic, format or hour against the account's own median (1.0 = usual).
public struct Relevance: Metric {
    /// `relevance`.
    public let name = "relevance"
    /// One line on what it measures.
    public let summary = Words.relevanceSummary
    /// What `explain relevance` prints.
    public let explanation = Words.relevanceExplanation
    /// Its headline is a ratio (1.0 = the account's usual), not a share.
    public let isRate = false
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.denominator, .weighted]

    /// Per account and value of the by columns (the format column without a by clause): posts, their median
    /// engagement rate, the account's median over all its posts and the relevance ratio of the two.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        var things = request.groupColumns
        if things.isEmpty {
            guard let format = dataset.columns.firstIndex(where: { $0.role == .format }) else {
                throw RapportError(Words.relevanceNeedsBy(dataset: dataset.name))
            }
            things = [format]
        }
        let rates = try RateMetric.engagementRate.values(request)
        var notes = [Words.relevanceOf(things.map { dataset.columns[$0].name })]
        notes += rates.notes
        let account = dataset.columns.firstIndex { $0.role == .account }
        if let account {
            notes.append(Words.relevanceAccount(dataset.columns[account].name))
        } else {
            notes.append(Words.relevanceOneAccount)
        }
        let accountColumns = account.map { [$0] } ?? []
        let accounts = RowGroups(dataset, by: accountColumns)
        let groups = RowGroups(dataset, by: accountColumns + things.filter { $0 != account })
        let accountMedians = accounts.rows.map { Quantile.median(Self.presentRates(rates.values, at: $0)) }
        var posts: [Int64] = [], medians: [Double?] = [], ownMedians: [Double?] = [], ratios: [Double?] = []
        for rows in groups.rows {
            let present = Self.presentRates(rates.values, at: rows)
            let median = Quantile.median(present)
            let own = rows.first.flatMap { accountMedians[accounts.groupOfRow[$0]] }
            posts.append(Int64(present.count))
            medians.append(median)
            ownMedians.append(own)
            if let median, let own, own > 0 { ratios.append(median / own) } else { ratios.append(nil) }
        }
        let columns = groups.keys + [
            Column.integer("posts", posts),
            Column.decimal("median", medians, role: .rate),
            Column.decimal("account_median", ownMedians, role: .rate),
            Column.decimal("relevance", ratios),
        ]
        if let note = SummaryTable.leftOutNote(values: rates.values) { notes.append(note) }
        return MetricOutcome(columns: columns, notes: notes, headline: "relevance", keyCount: groups.keys.count)
    }

    /// The rates at the given rows that are not missing.
    private static func presentRates(_ rates: [Double], at rows: [Int]) -> [Double] {
        rows.compactMap { rates[$0].isNaN ? nil : rates[$0] }
    }
}
