import RapportCore

/// Frequency pressure: per account, Spearman's ρ between posts per ISO week and the week's median engagement rate.
public struct FrequencyPressure: Metric {
    /// `frequency-pressure`.
    public let name = "frequency-pressure"
    /// One line on what it measures.
    public let summary = Words.frequencyPressureSummary
    /// What `explain frequency-pressure` prints.
    public let explanation = Words.frequencyPressureExplanation
    /// The headline, ρ, is a correlation, not a share.
    public let isRate = false
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.denominator, .weighted]
    /// The significance level of the plain reading.
    public static let level = 0.05

    /// The `frequency-pressure` metric.
    public init() {}

    /// Per account (within the `by` groups): weeks with posts, posts, mean posts per week, ρ, its p-value and a reading;
    /// no per-post values (ρ belongs to an account, not to a post).
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        let publishedColumn = try request.column(role: .published, for: name)
        guard case .time(let published, let publishedMask) = publishedColumn.data else {
            throw RapportError(Words.roleNotTime(.published, column: publishedColumn.name, dataset: dataset.name))
        }
        let rates = try RateMetric.engagementRate.values(request)
        let rate = rates.values
        var notes = [Words.usedColumn(.published, column: publishedColumn.name)]
        var groupColumns = request.groupColumns
        if let account = dataset.columns.firstIndex(where: { $0.role == .account }) {
            notes.append(Words.usedColumn(.account, column: dataset.columns[account].name))
            if !groupColumns.contains(account) { groupColumns.append(account) }
        } else {
            notes.append(Words.postsOfOneAccount)
        }
        notes += rates.notes
        let groups = RowGroups(dataset, by: groupColumns)
        let clock = LocalTime(timeZone: request.timeZone)
        var weeksColumn: [Int64?] = [], postsColumn: [Int64?] = [], meanColumn: [Double?] = []
        var rhoColumn: [Double?] = [], pColumn: [Double?] = [], readingColumn: [String?] = []
        for rows in groups.rows {
            try request.checkpoint()
            var weeks: [Int64: (posts: Int, rates: [Double])] = [:]
            for row in rows where !publishedMask.isMissing(row) {
                let week = Self.isoWeek(clock.local(published[row]))
                var entry = weeks[week] ?? (0, [])
                entry.posts += 1
                if !rate[row].isNaN { entry.rates.append(rate[row]) }
                weeks[week] = entry
            }
            let posts = weeks.values.reduce(0) { $0 + $1.posts }
            let rated = weeks.values.filter { !$0.rates.isEmpty }
            let test = Spearman.test(rated.map { Double($0.posts) }, rated.compactMap { Quantile.median($0.rates) })
            weeksColumn.append(Int64(weeks.count))
            postsColumn.append(Int64(posts))
            meanColumn.append(weeks.isEmpty ? nil : Double(posts) / Double(weeks.count))
            rhoColumn.append(test?.rho)
            pColumn.append(test?.p)
            readingColumn.append(Self.reading(test).text(request.language))
        }
        if publishedMask.hasAny { notes.append(Words.postsWithoutTime(publishedMask.count)) }
        notes.append(Words.weeksCounted(request.timeZone.identifier))
        let columns = groups.keys + [
            Column.integer("weeks", weeksColumn), Column.integer("posts", postsColumn),
            Column.decimal("posts_per_week", meanColumn), Column.decimal("rho", rhoColumn),
            Column.decimal("p_value", pColumn), Column.text("reading", readingColumn),
        ]
        return MetricOutcome(columns: columns, notes: notes, headline: "rho", keyCount: groups.keys.count)
    }

    /// The ISO week of a local time as a running number: weeks start on Monday, and 1970-01-01 was a Thursday.
    private static func isoWeek(_ localSeconds: Int64) -> Int64 {
        let day = ISOTime.divideFloor(localSeconds, 86_400).0
        return ISOTime.divideFloor(day + 3, 7).0
    }

    /// The plain reading of a correlation test.
    public static func reading(_ test: (rho: Double, p: Double)?) -> Message {
        guard let test else { return Words.frequencyTooFewWeeks }
        guard test.p < level else { return Words.frequencyNoClearLink }
        return test.rho < 0 ? Words.frequencyLowersEngagement : Words.frequencyRaisesEngagement
    }
}
