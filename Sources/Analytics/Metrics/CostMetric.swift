import RapportCore

/// Money per result of paid posts: CPM (per 1,000 impressions), CPC (per click), cost per engagement.
public struct CostMetric: Metric {
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

    /// A cost metric from its parts.
    public init(name: String, summary: Message, explanation: MetricExplanation, result: Result) {
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.result = result
    }

    /// Per paid post (spend > 0) spend / result (× 1000 for CPM); pooled Σ spend / Σ result.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        let spendColumn = try request.column(role: "spend", for: name)
        guard let spend = spendColumn.data.numbersOrNaN else {
            throw RapportError(Words.roleNotNumeric("spend", column: spendColumn.name, dataset: dataset.name))
        }
        var notes = [Words.usedColumn("spend", column: spendColumn.name)]
        let bottom: [Double]
        switch result {
        case .impressions, .clicks:
            let role = result == .impressions ? "impressions" : "clicks"
            let column = try request.column(role: role, for: name)
            guard let numbers = column.data.numbersOrNaN else {
                throw RapportError(Words.roleNotNumeric(role, column: column.name, dataset: dataset.name))
            }
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
        var paid = [Bool](repeating: false, count: dataset.rowCount)
        for row in values.indices where spend[row] > 0 && !bottom[row].isNaN {
            paid[row] = true
            if bottom[row] > 0 { values[row] = money[row] / bottom[row] }
        }
        let groups = RowGroups(dataset, by: request.groupColumns)
        let columns = SummaryTable.columns(groups: groups, values: values, numerators: money, denominators: bottom,
                                           isRate: false, pooledRows: paid)
        notes.append(Words.paidPostsOnly)
        if let note = SummaryTable.leftOutNote(values: values) { notes.append(note) }
        return MetricOutcome(columns: columns, perRow: Column.decimal(name, nanAsMissing: values),
                             notes: notes, headline: SummaryTable.headline)
    }
}
