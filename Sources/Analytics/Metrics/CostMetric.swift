import RapportCore

/// Money per result of paid posts: CPM (per 1,000 impressions), CPC (per click), cost per engagement.
public struct CostMetric: PerPostMetric {
    /// What the spend is divided by.
    public enum Result: Sendable {
        case impressions, clicks, interactions
    }

    /// The command name.
    public let name: String
    /// One line on what it measures.
    public let summary: Message
    /// What `explain` prints.
    public let explanation: MetricExplanation
    /// What the spend is divided by.
    public let result: Result
    /// Money, not a share.
    public let isRate = false
    /// `--weighted` for cost per engagement, which counts interactions.
    public var options: Set<MetricOption> { result == .interactions ? [.weighted] : [] }

    /// A cost metric from its parts.
    public init(name: String, summary: Message, explanation: MetricExplanation, result: Result) {
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.result = result
    }

    /// Per paid post (spend > 0) spend / result (× 1000 for CPM), NaN for other posts; the money and results divided.
    public func values(_ request: MetricRequest) throws -> RateValues {
        let dataset = request.dataset
        let (spendColumn, spend) = try request.numbers(role: .spend, for: name)
        var notes = [Words.usedColumn(.spend, column: spendColumn.name)]
        let bottom: [Double]
        switch result {
        case .impressions, .clicks:
            let role: ColumnRole = result == .impressions ? .impressions : .clicks
            let (column, numbers) = try request.numbers(role: role, for: name)
            bottom = numbers
            notes.append(Words.usedDenominator(role, column: column.name))
        case .interactions:
            let interactions = try PostInteractions(dataset, weighted: request.weighted, metric: name)
            bottom = interactions.values
            notes.append(Words.countedInteractions(interactions.countedColumns, weighted: request.weighted))
        }
        let scale = result == .impressions ? 1000.0 : 1
        var values = [Double](repeating: .nan, count: dataset.rowCount)
        let money = spend.map { $0 * scale }
        for row in values.indices where spend[row] > 0 && bottom[row] > 0 { values[row] = money[row] / bottom[row] }
        notes.append(Words.paidPostsOnly)
        notes.append(Words.amountsIn(request.currency))
        return RateValues(values: values, numerators: money, denominators: bottom, notes: notes)
    }

    /// Per group: the cost's distribution over paid posts and the pooled Σ spend / Σ result (paid posts without results count).
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let cost = try values(request)
        let (values, money, bottom) = (cost.values, cost.numerators, cost.denominators!)  // values(_:) always sets them
        var notes = cost.notes
        let paid = money.indices.map { money[$0] > 0 && !bottom[$0].isNaN }
        let groups = RowGroups(request.dataset, by: request.groupColumns)
        let columns = SummaryTable.columns(groups: groups, values: values, numerators: money, denominators: bottom,
                                           isRate: false, pooledRows: paid)
        if let note = SummaryTable.leftOutNote(values: values) { notes.append(note) }
        return MetricOutcome(columns: columns, perRow: Column.decimal(name, nanAsMissing: values),
                             notes: notes, headline: SummaryTable.headline)
    }
}
