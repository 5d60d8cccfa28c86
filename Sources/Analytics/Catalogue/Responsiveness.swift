import RapportCore

/// Responsiveness: the share of customer comments answered and the hours to an answer, overall and per responder.
public struct Responsiveness: Metric {
    /// `responsiveness`.
    public let name = "responsiveness"
    /// One line on what it measures.
    public let summary = Words.responsivenessSummary
    /// What `explain responsiveness` prints.
    public let explanation = Words.responsivenessExplanation
    /// The headline, the answered share, is a fraction.
    public let isRate = true
    /// The value of the `responder` column on the row of all responders together.
    public static let allResponders = "all"

    /// The `responsiveness` metric.
    public init() {}

    /// Per group a row over all comments, then one per responder: comments, answered, answered share with its
    /// 95 % Wilson interval, and the median and 90th percentile of hours to the answer; per row the hours.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        let commentedColumn = try request.column(role: .commentedAt, for: name)
        let repliedColumn = try request.column(role: .repliedAt, for: name)
        let commented = try Self.times(commentedColumn, role: .commentedAt, dataset: dataset.name)
        let replied = try Self.times(repliedColumn, role: .repliedAt, dataset: dataset.name)
        var notes = [Words.usedColumn(.commentedAt, column: commentedColumn.name),
                     Words.usedColumn(.repliedAt, column: repliedColumn.name)]
        var hours = [Double](repeating: .nan, count: dataset.rowCount)
        var counted = [Bool](repeating: false, count: dataset.rowCount)
        var answered = [Bool](repeating: false, count: dataset.rowCount)
        var negative = 0
        for row in hours.indices {
            guard let start = commented[row] else { continue }
            counted[row] = true
            guard let end = replied[row] else { continue }
            answered[row] = true
            if end >= start { hours[row] = Double(end - start) / 3600 } else { negative += 1 }
        }
        let uncounted = counted.reduce(0) { $0 + ($1 ? 0 : 1) }
        if uncounted > 0 { notes.append(Words.commentsWithoutTime(uncounted, of: dataset.rowCount)) }
        if negative > 0 { notes.append(Words.repliesBeforeComments(negative)) }
        let tally = Tally(counted: counted, answered: answered, hours: hours)
        let outer = RowGroups(dataset, by: request.groupColumns)
        var units: [(rows: [Int], responder: String?)] = outer.rows.map { ($0, Self.allResponders) }
        // (outer group, position): each group's overall row comes first, then its responders in key order
        var order = Array(0..<outer.count).map { ($0, 0) }
        if let responder = dataset.columns.firstIndex(where: { $0.role == .responder }) {
            guard !request.groupColumns.contains(responder) else {
                throw RapportError(Words.responderSplitAlready(dataset.columns[responder].name))
            }
            notes.append(Words.usedColumn(.responder, column: dataset.columns[responder].name))
            let inner = RowGroups(dataset, by: request.groupColumns + [responder])
            let formatter = CellFormatter(language: .en, timeZone: request.timeZone)
            for (index, rows) in inner.rows.enumerated() {
                let cell = dataset.columns[responder].data[rows[0]]
                units.append((rows, cell.isMissing ? nil : formatter.text(cell)))
                order.append((outer.groupOfRow[rows[0]], index + 1))
            }
        } else {
            notes.append(Words.noResponderColumn)
        }
        let sorted = units.indices.sorted { order[$0] < order[$1] }
        let summaries = sorted.map { tally.summary(of: units[$0].rows) }
        let representatives = sorted.map { units[$0].rows.first ?? 0 }
        let keys = request.groupColumns.map { index -> Column in
            let column = dataset.columns[index]
            return Column(name: column.name, role: column.role, data: column.data.gathering(representatives))
        }
        notes.append(Words.unansweredInShareOnly)
        let columns = keys + [
            Column.text("responder", sorted.map { units[$0].responder }),
            Column.integer("comments", summaries.map { Int64($0.comments) }),
            Column.integer("answered", summaries.map { Int64($0.answered) }),
            Column.decimal("answered_share", summaries.map(\.share), role: .rate),
            Column.decimal("share_lower", summaries.map(\.lower), role: .rate),
            Column.decimal("share_upper", summaries.map(\.upper), role: .rate),
            Column.decimal("median_hours", summaries.map(\.medianHours)),
            Column.decimal("p90_hours", summaries.map(\.p90Hours)),
        ]
        return MetricOutcome(columns: columns, perRow: Column.decimal(name, hours.map { $0.isNaN ? nil : $0 }),
                             notes: notes, headline: "answered_share", keyCount: keys.count + 1)
    }

    /// The seconds of a time column, nil where missing; an error when the column does not hold times.
    private static func times(_ column: Column, role: ColumnRole, dataset: String) throws -> [Int64?] {
        guard case .time(let seconds, let mask) = column.data else {
            throw RapportError(Words.roleNotTime(role, column: column.name, dataset: dataset))
        }
        return seconds.indices.map { mask.isMissing($0) ? nil : seconds[$0] }
    }
}

/// The per-comment facts responsiveness summarises over any set of rows.
private struct Tally {
    /// Whether a row is a comment with a time (it counts in the share).
    let counted: [Bool]
    /// Whether the comment was answered.
    let answered: [Bool]
    /// Hours to the answer; NaN when unanswered or the times are inconsistent.
    let hours: [Double]

    /// The summary of the comments at `rows`.
    func summary(of rows: [Int]) -> (comments: Int, answered: Int, share: Double?, lower: Double?, upper: Double?,
                                      medianHours: Double?, p90Hours: Double?) {
        var comments = 0, answeredCount = 0
        var times: [Double] = []
        for row in rows where counted[row] {
            comments += 1
            if answered[row] { answeredCount += 1 }
            if !hours[row].isNaN { times.append(hours[row]) }
        }
        times.sort()
        let interval = WilsonInterval.of(successes: answeredCount, trials: comments)
        return (comments, answeredCount, comments == 0 ? nil : Double(answeredCount) / Double(comments),
                interval?.lower, interval?.upper, Quantile.ofSorted(times, 0.5), Quantile.ofSorted(times, 0.9))
    }
}
