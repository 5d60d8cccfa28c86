import RapportCore

/// A per-post ratio metric (engagement, applause, conversation, amplification, engaged-user rate, interactions).
public struct RateMetric: Metric {
    /// What is counted above the line.
    public enum Numerator: Sendable {
        /// Likes + comments + shares + saves (weighted under `--weighted`).
        case interactions
        /// The values of the column playing this role.
        case role(ColumnRole)
    }

    /// What is divided by.
    public enum Divisor: Sendable {
        /// Nothing: the metric is a count per post.
        case none
        /// The user's `--denominator`, followers by default.
        case chosen
        /// Always the column playing this role.
        case role(ColumnRole)
    }

    /// The metric's name, as typed after `score`.
    public let name: String
    /// One line on what the metric measures, for `help` and `metrics`.
    public let summary: Message
    /// The longer explanation `explain` shows: formula, source and reading.
    public let explanation: MetricExplanation
    /// The numerator.
    public let numerator: Numerator
    /// The denominator.
    public let divisor: Divisor
    /// Whether `--unit post` turns it into a count per post (Kaushik's original form).
    public let offersPostUnit: Bool

    /// `--denominator` when the user chooses what it divides by, `--weighted` when it counts interactions, `--unit`
    /// when it offers a count per post.
    public var options: Set<MetricOption> {
        var options: Set<MetricOption> = []
        if case .chosen = divisor { options.insert(.denominator) }
        if case .interactions = numerator { options.insert(.weighted) }
        if offersPostUnit { options.insert(.unit) }
        return options
    }

    /// Whether its values are fractions shown as percentages: false for a count per post.
    public var isRate: Bool {
        if case .none = divisor { return false }
        return true
    }

    /// A ratio metric from its parts.
    public init(name: String, summary: Message, explanation: MetricExplanation, numerator: Numerator,
                divisor: Divisor, offersPostUnit: Bool = false) {
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.numerator = numerator
        self.divisor = divisor
        self.offersPostUnit = offersPostUnit
    }

    /// The per-post values, with what was divided and notes on the columns used (the part other metrics reuse).
    public func values(_ request: MetricRequest) throws -> RateValues {
        let dataset = request.dataset
        var notes: [Message] = []
        let top: [Double]
        switch numerator {
        case .interactions:
            let interactions = try PostInteractions(dataset, weighted: request.weighted, metric: name)
            top = interactions.values
            notes.append(Words.countedInteractions(interactions.countedColumns, weighted: request.weighted))
        case .role(let role):
            let (column, numbers) = try request.numbers(role: role, for: name)
            top = numbers
            notes.append(Words.usedColumn(role, column: column.name))
        }
        var bottomRole: ColumnRole?
        switch divisor {
        case .none: break
        case .chosen: bottomRole = (request.denominator ?? .followers).role
        case .role(let role): bottomRole = role
        }
        if request.perPostUnit && offersPostUnit { bottomRole = nil }
        var values = top
        var bottom: [Double]?
        if let bottomRole {
            let (column, numbers) = try request.numbers(role: bottomRole, for: name)
            for row in values.indices {
                values[row] = numbers[row] > 0 ? top[row] / numbers[row] : .nan
            }
            bottom = numbers
            notes.append(Words.usedDenominator(bottomRole, column: column.name))
        } else if request.perPostUnit && offersPostUnit {
            notes.append(Words.perPostUnit)
        }
        return RateValues(values: values, numerators: top, denominators: bottom, notes: notes)
    }

    /// Per group: posts, median, mean, quartiles and the pooled value (or the total of a count).
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let rates = try values(request)
        var notes = rates.notes
        let groups = RowGroups(request.dataset, by: request.groupColumns)
        let isRate = rates.denominators != nil
        let columns = SummaryTable.columns(groups: groups, values: rates.values, numerators: rates.numerators,
                                           denominators: rates.denominators, isRate: isRate,
                                           pooledName: isRate ? "pooled" : "total")
        if let note = SummaryTable.leftOutNote(values: rates.values) { notes.append(note) }
        notes.append(Words.medianIsHeadline)
        let perRow = Column.decimal(name, nanAsMissing: rates.values, role: isRate ? .rate : nil)
        return MetricOutcome(columns: columns, perRow: perRow, notes: notes, headline: SummaryTable.headline)
    }
}

/// A ratio metric's per-post values (NaN where missing), what they divide, and notes on the columns used.
public struct RateValues: Sendable {
    /// The value per post.
    public let values: [Double]
    /// The numerator per post.
    public let numerators: [Double]
    /// The denominator per post, nil for a count.
    public let denominators: [Double]?
    /// Which columns were used.
    public let notes: [Message]
}
