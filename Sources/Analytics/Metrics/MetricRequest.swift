import Foundation
import RapportCore

/// Everything a metric needs to know to run: the rows, the grouping and the options of `score`.
public struct MetricRequest {
    /// The dataset, already restricted to the rows of a `where` clause.
    public var dataset: Dataset
    /// The indices of the columns to group by, in order; empty for one overall group.
    public var groupColumns: [Int]
    /// The denominator of a rate when the user chose one.
    public var denominator: Denominator?
    /// Whether interactions are weighted (likes 1, comments 2, shares 3, saves 1).
    public var weighted: Bool
    /// Whether applause, conversation and amplification are counted per post instead of per follower.
    public var perPostUnit: Bool
    /// The seed of random computations.
    public var seed: UInt64
    /// The number of bootstrap resamples.
    public var resamples: Int
    /// The company's names, for attribution.
    public var companyNames: [String]
    /// The moment "now" is for recency-based metrics, if the user set one.
    public var asOf: Int64?
    /// The zone days, hours and weeks are counted in.
    public var timeZone: TimeZone
    /// The window and points of relationship stages.
    public var stageThresholds: StageThresholds
    /// The language of plain-text readings inside results.
    public var language: Language
    /// The currency code money is labelled with (the `currency` setting; amounts are never converted).
    public var currency: String
    /// Called now and then during long computations; throws to stop.
    public var checkpoint: () throws -> Void

    /// A request with the defaults of `score`.
    public init(dataset: Dataset, groupColumns: [Int] = [], denominator: Denominator? = nil, weighted: Bool = false,
                perPostUnit: Bool = false, seed: UInt64 = 42, resamples: Int = 2000, companyNames: [String] = [],
                asOf: Int64? = nil, timeZone: TimeZone = .gmt,
                stageThresholds: StageThresholds = StageThresholds(), language: Language = .en, currency: String = "EUR",
                checkpoint: @escaping () throws -> Void = {}) {
        self.dataset = dataset
        self.groupColumns = groupColumns
        self.denominator = denominator
        self.weighted = weighted
        self.perPostUnit = perPostUnit
        self.seed = seed
        self.resamples = resamples
        self.companyNames = companyNames
        self.asOf = asOf
        self.timeZone = timeZone
        self.stageThresholds = stageThresholds
        self.language = language
        self.currency = currency
        self.checkpoint = checkpoint
    }

    /// The numbers of the column that plays a role (NaN where missing), or an error naming the missing role or
    /// saying the column holds no numbers.
    public func numbers(role: ColumnRole, for metric: String) throws -> (column: Column, values: [Double]) {
        let column = try column(role: role, for: metric)
        guard let values = column.data.numbersOrNaN else {
            throw RapportError(Words.roleNotNumeric(role, column: column.name, dataset: dataset.name))
        }
        return (column, values)
    }

    /// The column that plays a role, or an error naming the metric and the missing role.
    public func column(role: ColumnRole, for metric: String) throws -> Column {
        guard let column = dataset.column(role: role) else {
            throw RapportError(Words.metricNeedsRoles(metric, [role], dataset: dataset.name))
        }
        return column
    }
}
