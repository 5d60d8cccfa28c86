import RapportCore

/// Person premium: the median engagement rate of person posts over that of institution posts, with a bootstrap interval.
public struct PersonPremium: Metric {
    /// `person-premium`.
    public let name = "person-premium"
    /// One line on what it measures.
    public let summary = Words.personPremiumSummary
    /// What `explain person-premium` prints.
    public let explanation = Words.personPremiumExplanation
    /// A ratio, not a share.
    public let isRate = false
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.denominator, .weighted]

    /// Per group: posts and median rate of each voice, the premium and its 95 % percentile bootstrap interval.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let voice = try request.column(role: .voice, for: name)
        guard case .text(let voices, let missingVoice) = voice.data else {
            throw RapportError(Words.roleNotText(.voice, column: voice.name, dataset: request.dataset.name))
        }
        let rates = try RateMetric.engagementRate.values(request)
        let groups = RowGroups(request.dataset, by: request.groupColumns)
        var personPosts: [Int64?] = [], institutionPosts: [Int64?] = [], personMedians: [Double?] = []
        var institutionMedians: [Double?] = [], premiums: [Double?] = [], lowers: [Double?] = [], uppers: [Double?] = []
        for (index, rows) in groups.rows.enumerated() {
            try request.checkpoint()
            var person: [Double] = [], institution: [Double] = []
            for row in rows where !missingVoice.isMissing(row) && !rates.values[row].isNaN {
                switch Voice(word: voices[row]) {
                case .person: person.append(rates.values[row])
                case .institution: institution.append(rates.values[row])
                case nil: continue
                }
            }
            personPosts.append(Int64(person.count))
            institutionPosts.append(Int64(institution.count))
            personMedians.append(Quantile.median(person))
            institutionMedians.append(Quantile.median(institution))
            let interval = Bootstrap.ratioOfMedians(person, institution, resamples: request.resamples,
                                                    seed: Bootstrap.ratioSeed(request.seed, index: index))
            premiums.append(interval?.estimate)
            lowers.append(interval?.lower)
            uppers.append(interval?.upper)
        }
        let columns = groups.keys + [
            Column.integer("person_posts", personPosts), Column.integer("institution_posts", institutionPosts),
            Column.decimal("person_median", personMedians, role: .rate),
            Column.decimal("institution_median", institutionMedians, role: .rate),
            Column.decimal("premium", premiums), Column.decimal("lower_95", lowers), Column.decimal("upper_95", uppers),
        ]
        var notes = rates.notes
        notes.append(Words.usedColumn(.voice, column: voice.name))
        notes.append(Words.bootstrapNote(resamples: request.resamples, seed: request.seed))
        if premiums.contains(where: { $0 == nil }) { notes.append(Words.premiumNeedsBothVoices) }
        return MetricOutcome(columns: columns, notes: notes, headline: "premium")
    }
}
