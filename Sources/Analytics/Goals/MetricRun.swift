import Foundation
import RapportCore

/// One computation of a metric on a workspace dataset: the shared path of `score`, `goal check` and the goals beside a score.
public struct MetricRun {
    /// The metric.
    public let metric: Metric
    /// The dataset as stored.
    public let dataset: Dataset
    /// The rows the `where` clause kept, in order; all rows without one.
    public let rows: [Int]
    /// What the metric computed on those rows.
    public let outcome: MetricOutcome

    /// Runs `metric` on the dataset's rows that match `condition`, grouped by the named columns.
    public init(metric: Metric, dataset: Dataset, groupBy: [String], condition: RowExpression?, options: MetricOptions,
         context: CommandContext, columnError: (String) -> RapportError) throws {
        let settings = context.workspace.settings
        let rows = try condition?.matchingRows(in: dataset, timeZone: settings.timeZone) ?? Array(0..<dataset.rowCount)
        let selected = rows.count == dataset.rowCount ? dataset : dataset.gathering(rows)
        let groupColumns = try groupBy.map { name -> Int in
            guard let index = selected.columnIndex(named: name) else { throw columnError(name) }
            return index
        }
        let request = MetricRequest(dataset: selected, groupColumns: groupColumns, options: options, context: context)
        self.metric = metric
        self.dataset = dataset
        self.rows = rows
        self.outcome = try metric.evaluate(request)
    }

    /// The result as a dataset under a name.
    public func result(named name: String) -> Dataset {
        Dataset(name: name, columns: outcome.columns, kind: .result)
    }
}

/// The options of `score` that change what a metric computes.
public struct MetricOptions: Codable, Equatable {
    /// The chosen denominator.
    public var denominator: Denominator?
    /// Weighted interactions.
    public var weighted = false
    /// Counts per post instead of per follower.
    public var perPostUnit = false
    /// The company's names for attribution, overriding the setting.
    public var companyNames: [String]?
    /// The moment recency is measured from.
    public var asOf: Int64?

    /// Options as the metric's defaults: no denominator chosen, unweighted, per follower.
    public init() {}
}
