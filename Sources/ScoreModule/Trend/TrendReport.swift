import Analytics
import Foundation
import RapportCore

/// What `trend` stores and shows: the table per group and period, the slopes per group, a line chart and a plain
/// sentence per group.
struct TrendReport {
    /// The computed trend.
    let trend: PeriodTrend
    /// The metric followed.
    let metric: Metric
    /// The calendar period of the rows.
    let period: CalendarPeriod
    /// The dataset's name.
    let dataset: String
    /// The rows the `where` clause kept.
    let rows: Int
    /// How the metric's values were computed.
    let notes: [Message]
    /// The name of the trend table; the slopes are stored as `NAME-slopes`.
    let name: String
    /// The zone the periods are counted in.
    let timeZone: TimeZone

    /// The widest a chart is drawn.
    static let chartWidth = 72

    /// The labels of the covered periods.
    var labels: [String] { trend.periods.map { period.label(ofIndex: $0) } }

    /// Per group and period: the keys, the period, posts, median, mean, pooled value and the median's change.
    var table: Dataset {
        let role: ColumnRole? = metric.isRate ? .rate : nil
        let width = labels.count
        let rowsOfSeries = trend.series.flatMap { series in (0..<width).map { (series, $0) } }
        let keys = trend.keys.map { key in
            Column(name: key.name, role: key.role, data: key.data.gathering(rowsOfSeries.map { $0.0.group }))
        }
        return Dataset(name: name, columns: keys + [
            Column.text("period", rowsOfSeries.map { labels[$0.1] }),
            Column.integer("posts", rowsOfSeries.map { Int64($0.0.summaries[$0.1]?.count ?? 0) }),
            Column.decimal("median", rowsOfSeries.map { $0.0.summaries[$0.1]?.median }, role: role),
            Column.decimal("mean", rowsOfSeries.map { $0.0.summaries[$0.1]?.mean }, role: role),
            Column.decimal("pooled", rowsOfSeries.map { $0.0.summaries[$0.1]?.pooled }, role: role),
            Column.decimal("change", rowsOfSeries.map { $0.0.changes[$0.1] }, role: role),
            Column.decimal("change_rel", rowsOfSeries.map { $0.0.relativeChanges[$0.1] }, role: .rate),
        ], kind: .result)
    }

    /// Per group: the periods with posts, the Theil–Sen slope per period with its interval, tau and p.
    var slopes: Dataset {
        let role: ColumnRole? = metric.isRate ? .rate : nil
        let series = trend.series
        let keys = trend.keys.map { key in
            Column(name: key.name, role: key.role, data: key.data.gathering(series.map(\.group)))
        }
        let exact = series.map { $0.test.map { Cell.boolean($0.isExact) } ?? .missing }
        return Dataset(name: name + "-slopes", columns: keys + [
            Column.integer("periods", series.map { Int64($0.periodsWithPosts) }),
            Column.decimal("slope", series.map { $0.fit?.slope }, role: role),
            Column.decimal("slope_low", series.map { $0.fit?.slopeInterval?.lower }, role: role),
            Column.decimal("slope_high", series.map { $0.fit?.slopeInterval?.upper }, role: role),
            Column.decimal("tau", series.map { $0.test?.tau }),
            Column.decimal("p", series.map { $0.test?.p }),
            Column(name: "p_exact", data: .from(cells: exact, as: .boolean)),
        ], kind: .result)
    }

    /// The group's name as the sentence and chart say it: its key values joined, or nil for one overall group.
    func groupName(_ series: PeriodTrend.Series, formatter: CellFormatter) -> String? {
        guard !trend.keys.isEmpty else { return nil }
        return trend.keys.map { formatter.text($0.data[series.group]) }.joined(separator: ", ")
    }

    /// The sentences of every group, in every language.
    var sentences: Message {
        let text = { (language: Language) -> String in
            let formatter = CellFormatter(language: language, timeZone: timeZone)
            return trend.series.map { sentence($0, formatter: formatter).text(language) }.joined(separator: "\n")
        }
        return Message(en: text(.en), de: text(.de))
    }

    /// One group's plain sentence: rose, fell or no clear trend, or why there is no test.
    func sentence(_ series: PeriodTrend.Series, formatter: CellFormatter) -> Message {
        let group = groupName(series, formatter: formatter)
        let language = formatter.language
        guard let fit = series.fit, series.periodsWithPosts >= PeriodTrend.minimumPeriods else {
            return Words.trendTooFewPeriods(metric: metric.name, group: group, periods: series.periodsWithPosts,
                                            period: period, needed: PeriodTrend.minimumPeriods)
        }
        guard let test = series.test else { return Words.trendFlat(metric: metric.name, group: group, period: period) }
        let amount = { (value: Double) -> String in Self.amount(metric.isRate ? value * 100 : value, language) }
        let p = test.p < 0.001 ? "p < " + language.fixed(0.001, places: 3) : "p = " + language.fixed(test.p, places: 3)
        let interval = fit.slopeInterval
        guard test.p < 0.05, fit.slope != 0 else {
            return Words.trendUnclear(metric: metric.name, group: group, slope: amount(fit.slope),
                                      low: interval.map { amount($0.lower) }, high: interval.map { amount($0.upper) },
                                      points: metric.isRate, period: period, p: p)
        }
        let rose = fit.slope > 0
        let low = interval.map { amount(rose ? $0.lower : -$0.upper) }
        let high = interval.map { amount(rose ? $0.upper : -$0.lower) }
        return Words.trendChanged(metric: metric.name, group: group, rose: rose, amount: amount(abs(fit.slope)),
                                  low: low, high: high, points: metric.isRate, period: period, p: p)
    }

    /// A slope as a sentence writes it, never in scientific notation: two decimals from 1 on, else three
    /// significant digits (at most six decimals), without trailing zeros.
    static func amount(_ value: Double, _ language: Language) -> String {
        guard value.isFinite, value != 0 else { return language.fixed(value.isFinite ? 0 : value, places: 0) }
        let places = abs(value) >= 1 ? 2 : min(6, 2 - Int(Foundation.log10(abs(value)).rounded(.down)))
        var text = language.fixed(value, places: places)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") || text.hasSuffix(",") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The line chart of a group's medians over the covered periods.
    func chart(_ series: PeriodTrend.Series, context: CommandContext) -> String {
        let formatter = context.formatter
        let show = { (value: Double) in metric.isRate ? formatter.percent(value) : formatter.decimal(value) }
        let chart = LineChart(unicode: TextMarks.localeIsUTF8, width: min(context.console.width, Self.chartWidth),
                              valueText: show)
        let title = groupName(series, formatter: formatter).map { metric.name + " · " + $0 } ?? metric.name
        return chart.lines(periods: labels, series: [LineChart.Series(name: title, values: series.medians)],
                           title: title).joined(separator: "\n")
    }

    /// Stores the trend table and the slopes, each with the sentences.
    func store(in workspace: Workspace) throws {
        try workspace.put(table, replacing: true, finding: Finding(.score, sentence: sentences))
        try workspace.put(slopes, replacing: true, finding: Finding(.score, sentence: sentences))
    }

    /// The blocks (table, a chart and sentence per group, the slopes) and the JSON with every number.
    func result(in context: CommandContext) -> CommandResult {
        let table = self.table, slopes = self.slopes
        var blocks: [ResultBlock] = [.table(table, title: context.say(Words.trendTitle(metric.name, dataset: dataset,
                                                                                       period: period, rows: rows)))]
        let formatter = context.formatter
        var sentences: [String] = []
        for series in trend.series {
            blocks.append(.text(chart(series, context: context)))
            let sentence = context.say(self.sentence(series, formatter: formatter))
            sentences.append(sentence)
            blocks.append(.text(sentence))
        }
        blocks.append(.table(slopes, title: context.say(Words.trendSlopesTitle(period))))
        let said = notes.map { "· " + context.say($0) } + [context.say(Words.trendStored(table.name, slopes.name))]
        blocks.append(.text(said.joined(separator: "\n")))
        let fields: [(String, JSONValue)] = [
            ("metric", .string(metric.name)), ("dataset", .string(dataset)), ("per", .string(period.rawValue)),
            ("input_rows", .integer(Int64(rows))), ("result", .string(table.name)),
            ("slopes_result", .string(slopes.name)),
            ("table", TableJSON.value(of: table)), ("slopes", TableJSON.value(of: slopes)),
            ("sentences", .array(sentences.map(JSONValue.string))),
            ("notes", .array(notes.map { .string(context.say($0)) })),
        ]
        return CommandResult(blocks: blocks, json: .object(fields))
    }
}
