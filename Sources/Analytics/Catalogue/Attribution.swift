import RapportCore

/// Attribution: for person accounts, the median engagement rate of posts naming the company over that of their other posts.
public struct Attribution: Metric {
    /// `attribution`.
    public let name = "attribution"
    /// One line on what it measures.
    public let summary = Words.attributionSummary
    /// What `explain attribution` prints.
    public let explanation = Words.attributionExplanation
    /// Its headline is a ratio of rates (1.0 = no difference), not a share.
    public let isRate = false
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.denominator, .weighted, .names]

    /// Per group: posts naming the company and other posts of person accounts, their median engagement rates,
    /// the ratio of the medians and its 95 % percentile bootstrap interval.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        guard !request.companyNames.isEmpty else { throw RapportError(Words.attributionNeedsNames) }
        let dataset = request.dataset
        let voices = try RoleTexts(request, role: .voice, metric: name)
        let texts = try RoleTexts(request, role: .text, metric: name)
        let rates = try RateMetric.engagementRate.values(request)
        let mentions = CompanyMentions(names: request.companyNames)
        let isPerson = voices.map { Voice(word: $0) == .person }
        let naming = texts.map(mentions.areNamed)
        try request.checkpoint()
        let groups = RowGroups(dataset, by: request.groupColumns)
        var namingCounts: [Int64] = [], otherCounts: [Int64] = []
        var namingMedians: [Double?] = [], otherMedians: [Double?] = []
        var ratios: [Double?] = [], lowers: [Double?] = [], uppers: [Double?] = []
        var notPerson = 0, withoutValue = 0
        for (index, rows) in groups.rows.enumerated() {
            var namingRates: [Double] = [], otherRates: [Double] = []
            for row in rows {
                guard isPerson[row] == true else { notPerson += 1; continue }
                guard let names = naming[row], !rates.values[row].isNaN else { withoutValue += 1; continue }
                if names { namingRates.append(rates.values[row]) } else { otherRates.append(rates.values[row]) }
            }
            let interval = Bootstrap.ratioOfMedians(namingRates, otherRates, resamples: request.resamples,
                                                    seed: Bootstrap.ratioSeed(request.seed, index: index))
            namingCounts.append(Int64(namingRates.count))
            otherCounts.append(Int64(otherRates.count))
            namingMedians.append(Quantile.median(namingRates))
            otherMedians.append(Quantile.median(otherRates))
            ratios.append(interval?.estimate)
            lowers.append(interval?.lower)
            uppers.append(interval?.upper)
            try request.checkpoint()
        }
        let columns = groups.keys + [
            Column.integer("naming_posts", namingCounts),
            Column.integer("other_posts", otherCounts),
            Column.decimal("naming_median", namingMedians, role: .rate),
            Column.decimal("other_median", otherMedians, role: .rate),
            Column.decimal("ratio", ratios),
            Column.decimal("lower_95", lowers),
            Column.decimal("upper_95", uppers),
        ]
        var notes = [Words.usedColumn(.voice, column: voices.columnName), Words.usedColumn(.text, column: texts.columnName),
                     Words.searchedNames(request.companyNames)]
        notes += rates.notes
        notes.append(Words.personPostsOnly(left: notPerson))
        if withoutValue > 0 { notes.append(Words.personPostsWithoutValue(withoutValue)) }
        notes.append(Words.bootstrapInterval(resamples: request.resamples, seed: request.seed))
        return MetricOutcome(columns: columns, notes: notes, headline: "ratio")
    }
}
