import Analytics
import Foundation
import RapportCore

/// `heatmap DATASET METRIC [--rows PERIOD|COLUMN] [--columns PERIOD|COLUMN] [--min-posts N] [where EXPR] [as NAME]`:
/// the median of a per-post metric in every cell of two sides (weekday × hour by default), the best time to post.
enum HeatmapCommand {
    /// The dataset whose posts are mapped.
    static let dataset = Positional("DATASET", .dataset)
    /// The metric; it must have per-post values.
    static let metric = Positional("METRIC", .metric)
    /// `--rows PERIOD|COLUMN`: the side down the grid (default weekday).
    static let rows = Flag("rows", .column, valueName: "PERIOD|COLUMN", Words.heatmapRowsFlag)
    /// `--columns PERIOD|COLUMN`: the side across the grid (default hour).
    static let columns = Flag("columns", .column, valueName: "PERIOD|COLUMN", Words.heatmapColumnsFlag)
    /// `--min-posts N`: the fewest posts a cell needs for a median (default 5).
    static let minPosts = Flag("min-posts", .integer, valueName: "N", Words.heatmapMinPostsFlag)
    /// The fewest posts a cell needs for a median without `--min-posts`.
    static let defaultMinPosts = 5

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "heatmap", module: "score", summary: Words.heatmapSummary, discussion: Words.heatmapDiscussion,
        examples: ["heatmap posts engagement-rate", "heatmap posts engagement-rate --min-posts 10",
                   "heatmap posts engagement-rate --rows hour --columns voice as hours-by-voice"],
        positionals: [dataset, metric],
        flags: [rows, columns, minPosts, PeriodFlags.time, MetricFlags.denominator, MetricFlags.weighted,
                Switch.replace],
        clauses: [.where, .as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let stored = try invocation.dataset(source, in: context)
        let metric = try invocation[Self.metric]
        guard let perPost = metric as? PerPostMetric else {
            throw invocation.error(Words.heatmapNeedsPostValues(metric.name), at: invocation.word(of: Self.metric))
        }
        let minimum = try invocation[Self.minPosts] ?? Self.defaultMinPosts
        guard minimum >= 1 else {
            throw invocation.error(Words.heatmapBadMinimum, at: invocation.word(of: Self.minPosts) ?? source)
        }
        let timeZone = context.workspace.settings.timeZone
        let kept = try invocation.whereClause.map {
            try invocation.expression($0).matchingRows(in: stored, timeZone: timeZone)
        } ?? Array(0..<stored.rowCount)
        let selected = kept.count == stored.rowCount ? stored : stored.gathering(kept)
        let side = { (flag: Flag<Word>, fallback: String) throws -> HeatmapAxis in
            let word = invocation[flag] ?? Word(fallback, at: source.offset)
            return try HeatmapAxis(word, of: selected, timeWord: invocation[PeriodFlags.time], timeZone: timeZone,
                                   invocation: invocation, at: source)
        }
        let rowAxis = try side(Self.rows, "weekday"), columnAxis = try side(Self.columns, "hour")
        guard rowAxis.name != columnAxis.name else {
            throw invocation.error(Words.heatmapSameSides(rowAxis.name),
                                   at: invocation[Self.columns] ?? invocation[Self.rows] ?? source)
        }
        let rates = try perPost.values(MetricRequest(dataset: selected, options: try MetricOptions(invocation),
                                                     context: context))
        try context.checkInterrupted()
        let grid = HeatmapGrid(values: rates.values, rows: rowAxis, columns: columnAxis, minimum: minimum)
        let fallback = "\(stored.name)-\(metric.name)-heatmap"
        let name = invocation.asName == nil ? fallback
            : try invocation.resultName(fallback: fallback, source: source, inPlace: false,
                                        replacing: invocation[Switch.replace], in: context)
        guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: source) }
        let report = HeatmapReport(grid: grid, metric: metric, dataset: stored.name, rows: kept.count,
                                   notes: rates.notes, name: name, timeZone: timeZone)
        try report.store(in: context.workspace)
        return report.result(in: context)
    }
}
