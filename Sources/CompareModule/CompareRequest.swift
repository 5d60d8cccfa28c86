import Analytics
import Foundation
import RapportCore

/// What every kind of comparison shares: the dataset's rows, the metric's per-post values and the options.
struct CompareRequest {
    /// The dataset as stored.
    let dataset: Dataset
    /// The rows the `where` clause kept, in order.
    let rows: [Int]
    /// The dataset restricted to those rows.
    let selected: Dataset
    /// The metric.
    let metric: Metric
    /// The metric's value per selected row (NaN where missing), what it divides, and how it was computed.
    let rates: RateValues
    /// The metric's value per selected row (NaN where missing).
    var values: [Double] { rates.values }
    /// How the values were computed.
    var notes: [Message] { rates.notes }
    /// Which test to run.
    let test: ComparisonTest
    /// Bootstrap resamples and seed.
    let resamples: Int, seed: UInt64
    /// The command's context.
    let context: CommandContext

    /// The request a command line makes; errors point at the word that is wrong.
    init(_ invocation: Invocation, context: CommandContext) throws {
        dataset = try invocation.dataset(invocation[CompareCommand.dataset], in: context)
        let metric = try invocation[CompareCommand.metric]
        self.metric = metric
        let settings = context.workspace.settings
        let stored = dataset
        let rows = try invocation.whereClause.map { try invocation.expression($0).matchingRows(in: stored, timeZone: settings.timeZone) }
            ?? Array(0..<stored.rowCount)
        self.rows = rows
        selected = rows.count == stored.rowCount ? stored : stored.gathering(rows)
        let metricRequest = MetricRequest(dataset: selected, options: try MetricOptions(invocation), context: context)
        guard let perPostMetric = metric as? PerPostMetric else {
            throw invocation.error(Words.metricHasNoPostValues(metric.name),
                                   at: invocation.word(of: CompareCommand.metric))
        }
        rates = try perPostMetric.values(metricRequest)
        test = try invocation[CompareCommand.test] ?? .mwu
        resamples = try invocation[CompareCommand.bootstrap] ?? settings.resamples
        seed = try invocation[CompareCommand.seed] ?? settings.seed
        self.context = context
    }

    /// The name results are stored under: the `as` name, else `fallback`; an existing `as` name needs `--replace`.
    func resultName(_ invocation: Invocation, fallback: String) throws -> String {
        guard let word = invocation.asName else { return fallback }
        return try invocation.resultName(fallback: fallback, source: word, inPlace: false,
                                         replacing: invocation[Switch.replace], in: context)
    }
}
