import RapportCore

/// A per-post ratio metric (engagement, applause, conversation, amplification, engaged-user rate, interactions).
public struct RateMetric: Metric {
    /// What is counted above the line.
    public enum Numerator: Sendable {
        /// Likes + comments + shares + saves (weighted under `--weighted`).
        case interactions
        /// The values of the column playing this role.
        case role(String)
    }

    /// What is divided by.
    public enum Divisor: Sendable {
        /// Nothing: the metric is a count per post.
        case none
        /// The user's `--denominator`, followers by default.
        case chosen
        /// Always the column playing this role.
        case role(String)
    }

    public let name: String
    public let summary: Message
    public let explanation: MetricExplanation
    /// The numerator.
    public let numerator: Numerator
    /// The denominator.
    public let divisor: Divisor
    /// Whether `--unit post` turns it into a count per post (Kaushik's original form).
    public let offersPostUnit: Bool

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

    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        var notes: [Message] = []
        let top: [Double]
        switch numerator {
        case .interactions:
            let interactions = try PostInteractions(dataset, weighted: request.weighted, metric: name)
            top = interactions.values
            notes.append(Words.countedInteractions(interactions.countedColumns, weighted: request.weighted))
        case .role(let role):
            let column = try request.column(role: role, for: name)
            guard let numbers = column.data.numbersOrNaN else {
                throw RapportError(Words.roleNotNumeric(role, column: column.name, dataset: dataset.name))
            }
            top = numbers
            notes.append(Words.usedColumn(role, column: column.name))
        }
        var bottomRole: String?
        switch divisor {
        case .none: break
        case .chosen: bottomRole = (request.denominator ?? .followers).role
        case .role(let role): bottomRole = role
        }
        if request.perPostUnit && offersPostUnit { bottomRole = nil }
        var values = top
        var bottom: [Double]?
        if let bottomRole {
            let ratio = try PerPostRatio(top, over: bottomRole, request: request, metric: name)
            values = ratio.values
            bottom = ratio.denominators
            notes.append(ratio.note)
        } else if request.perPostUnit && offersPostUnit {
            notes.append(Words.perPostUnit)
        }
        let groups = RowGroups(dataset, by: request.groupColumns)
        let columns = SummaryTable.columns(groups: groups, values: values, numerators: top, denominators: bottom,
                                           isRate: bottom != nil, pooledName: bottom == nil ? "total" : "pooled")
        if let note = SummaryTable.leftOutNote(values: values) { notes.append(note) }
        notes.append(Words.medianIsHeadline)
        let perRow = Column.decimal(name, values.map { $0.isNaN ? nil : $0 }, role: bottom == nil ? nil : Column.rateRole)
        return MetricOutcome(columns: columns, perRow: perRow, notes: notes, headline: SummaryTable.headline)
    }
}
