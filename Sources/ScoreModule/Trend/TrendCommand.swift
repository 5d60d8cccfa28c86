import Analytics
import Foundation
import RapportCore

/// `trend DATASET METRIC [by GROUPS] [where EXPR] [--per PERIOD] [--from DATE] [--to DATE] [--time COLUMN] [as NAME]`:
/// a per-post metric period by period, with the Theil–Sen slope and the Mann–Kendall test per group.
enum TrendCommand {
    /// The dataset whose posts are followed.
    static let dataset = Positional("DATASET", .dataset)
    /// The metric; it must have per-post values.
    static let metric = Positional("METRIC", .metric)
    /// `--per PERIOD`: the calendar period (default month).
    static let per = Flag("per", .choice(CalendarPeriod.self), valueName: "PERIOD", Words.trendPerFlag)
    /// `--from DATE`: the first day (or moment) taken in.
    static let from = Flag("from", .text, valueName: "DATE", Words.trendFromFlag)
    /// `--to DATE`: the last day (or moment) taken in.
    static let to = Flag("to", .text, valueName: "DATE", Words.trendToFlag)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "trend", module: "score", summary: Words.trendSummary, discussion: Words.trendDiscussion,
        examples: ["trend posts engagement-rate", "trend posts engagement-rate by voice --per week",
                   "trend posts engagement-rate --from 2025-01-01 --to 2025-06-30 as first-half"],
        positionals: [dataset, metric],
        flags: [per, from, to, PeriodFlags.time, MetricFlags.denominator, MetricFlags.weighted, Switch.replace],
        clauses: [.by, .where, .as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let stored = try invocation.dataset(source, in: context)
        let metric = try invocation[Self.metric]
        guard let perPost = metric as? PerPostMetric else {
            throw invocation.error(Words.trendNeedsPostValues(metric.name), at: invocation.word(of: Self.metric))
        }
        let timeZone = context.workspace.settings.timeZone
        let rows = try invocation.whereClause.map {
            try invocation.expression($0).matchingRows(in: stored, timeZone: timeZone)
        } ?? Array(0..<stored.rowCount)
        let selected = rows.count == stored.rowCount ? stored : stored.gathering(rows)
        let time = try PeriodGrouping.timeColumn(of: selected, named: invocation[PeriodFlags.time],
                                                 invocation: invocation, at: source)
        guard case .time(let instants, var missing) = time.data else {
            throw invocation.error(Words.notATimeColumn(time.name, type: time.type.rawValue),
                                   at: invocation[PeriodFlags.time] ?? source)
        }
        let period = try invocation[Self.per] ?? .month
        let bounds = try Self.bounds(invocation, timeZone: timeZone)
        for row in instants.indices where !missing.isMissing(row) {
            if let first = bounds.first, instants[row] < first { missing.markMissing(row) }
            if let last = bounds.last, instants[row] >= last { missing.markMissing(row) }
        }
        let byWords = invocation.by ?? []
        let byColumns = try byWords.map { selected.columns[try invocation.columnIndex($0.text, at: $0, in: selected)] }
        let rates = try perPost.values(MetricRequest(dataset: selected, options: try MetricOptions(invocation),
                                                     context: context))
        try context.checkInterrupted()
        guard let unit = PeriodUnit(rawValue: period.rawValue) else { preconditionFailure("every period is a unit") }
        let periods = PeriodValues(unit, of: instants, missing: missing, timeZone: timeZone)
        guard let dataRange = periods.range else { throw invocation.error(Words.trendNoPosts(stored.name), at: source) }
        let edges = [bounds.first, bounds.last.map { $0 - 1 }].compactMap { $0 }
        let zone = ZoneOffsets(timeZone: timeZone, covering: (edges.min() ?? 0)...(edges.max() ?? 0))
        let low = bounds.first.map { period.index(of: $0, in: zone) } ?? dataRange.lowerBound
        let high = bounds.last.map { period.index(of: $0 - 1, in: zone) } ?? dataRange.upperBound
        guard low <= high else { throw invocation.error(Words.trendNoPosts(stored.name), at: source) }
        guard high - low < PeriodTrend.periodLimit else {
            let count = high - low + 1
            let message = Words.trendTooManyPeriods(count, period: period.rawValue, limit: PeriodTrend.periodLimit)
            throw invocation.error(message, at: invocation.word(of: Self.per) ?? source)
        }
        let trend = PeriodTrend(values: rates.values, numerators: rates.numerators, denominators: rates.denominators,
                                periodOfRow: periods.values, missing: missing, byColumns: byColumns,
                                periods: low...high)
        let fallback = "\(stored.name)-\(metric.name)-trend"
        let name = invocation.asName == nil ? fallback
            : try invocation.resultName(fallback: fallback, source: source, inPlace: false,
                                        replacing: invocation[Switch.replace], in: context)
        guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: source) }
        let report = TrendReport(trend: trend, metric: metric, period: period, dataset: stored.name,
                                 rows: rows.count, notes: rates.notes, name: name, timeZone: timeZone)
        try report.store(in: context.workspace)
        return report.result(in: context)
    }

    /// The moments `--from` (the first taken in) and `--to` (the first left out) stand for: a date is its whole
    /// day in the timezone setting; a time without an offset is read in it too.
    private static func bounds(_ invocation: Invocation, timeZone: TimeZone) throws -> (first: Int64?, last: Int64?) {
        let local = LocalTime(timeZone: timeZone)
        func moment(_ word: Word?, endOfDay: Bool) throws -> Int64? {
            guard let word else { return nil }
            guard let parsed = ISOTime.parse(Substring(word.text)) else {
                throw invocation.error(Words.trendBadDate(word.text), at: word)
            }
            let isDate = !word.text.contains("T") && !word.text.contains(" ")
            if parsed.hasOffset { return parsed.seconds + (endOfDay && isDate ? 86_400 : endOfDay ? 1 : 0) }
            let shifted = parsed.seconds + (endOfDay ? (isDate ? 86_400 : 1) : 0)
            return local.moment(ofLocal: shifted)
        }
        let first = try moment(invocation[Self.from], endOfDay: false)
        let last = try moment(invocation[Self.to], endOfDay: true)
        if let first, let last, last <= first {
            throw invocation.error(Words.trendEmptyRange, at: invocation[Self.to])
        }
        return (first, last)
    }
}
