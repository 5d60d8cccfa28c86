import RapportCore

/// Reach waste (Streuverlust): the share of reached people who did not engage, 1 − engaged users / reach.
public struct ReachWaste: PerPostMetric {
    /// `reach-waste`.
    public let name = "reach-waste"
    /// One line on what it measures.
    public let summary = Words.reachWasteSummary
    /// What `explain reach-waste` prints.
    public let explanation = Words.reachWasteExplanation
    /// A share, shown as a percentage.
    public let isRate = true

    /// The per-post waste 1 − engaged / reach, with engaged users and reach; interactions stand in for engaged users when absent.
    public func values(_ request: MetricRequest) throws -> RateValues {
        let dataset = request.dataset
        let (reach, reached) = try request.numbers(role: .reach, for: name)
        var notes = [Words.usedDenominator(.reach, column: reach.name)]
        let engaged: [Double]
        if let column = dataset.column(role: .engagedUsers), let numbers = column.data.numbersOrNaN {
            engaged = numbers
            notes.append(Words.usedColumn(.engagedUsers, column: column.name))
        } else {
            let interactions = try PostInteractions(dataset, weighted: false, metric: name)
            engaged = interactions.values
            notes.append(Words.reachWasteProxy(interactions.countedColumns))
        }
        var values = [Double](repeating: .nan, count: dataset.rowCount)
        for row in values.indices where reached[row] > 0 { values[row] = 1 - engaged[row] / reached[row] }
        return RateValues(values: values, numerators: engaged, denominators: reached, notes: notes)
    }

    /// Per group: the waste's distribution and the pooled 1 − Σ engaged / Σ reach.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let waste = try values(request)
        let (values, engaged, reached) = (waste.values, waste.numerators, waste.denominators!)  // values(_:) sets them
        var notes = waste.notes
        let dataset = request.dataset
        let groups = RowGroups(dataset, by: request.groupColumns)
        var columns = SummaryTable.columns(groups: groups, values: values, numerators: engaged, denominators: reached,
                                           isRate: true)
        let pooled = columns.count - 1
        if case .decimal(let ratios, let mask) = columns[pooled].data {
            columns[pooled] = Column(name: columns[pooled].name, role: .rate,
                                     data: .decimal(ratios.map { 1 - $0 }, mask))
        }
        if let note = SummaryTable.leftOutNote(values: values) { notes.append(note) }
        notes.append(Words.medianIsHeadline)
        return MetricOutcome(columns: columns, perRow: Column.decimal(name, nanAsMissing: values, role: .rate),
                             notes: notes, headline: SummaryTable.headline)
    }
}
