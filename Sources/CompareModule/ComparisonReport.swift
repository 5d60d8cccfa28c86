import Analytics
import Foundation
import RapportCore

/// What `compare … by COLUMN` shows: the groups, a chart of their medians, the pairs, and one plain sentence.
enum ComparisonReport {
    /// The result blocks and the JSON with every number.
    static func result(_ comparison: GroupComparison, tables: ComparisonTables, request: CompareRequest,
                       invocation: Invocation) -> CommandResult {
        let context = request.context
        let formatter = context.formatter
        let isRate = request.metric.isRate
        let show = { (value: Double) in isRate ? formatter.percent(value) : formatter.decimal(value) }
        let chart = BarChart(unicode: TextMarks.localeIsUTF8, width: 40, lineWidth: context.console.width)
        let bars = comparison.groups.compactMap { group -> BarChart.Bar? in
            guard let median = group.median else { return nil }
            let interval = group.medianLow.flatMap { low in group.medianHigh.map { " (\(show(low))–\(show($0)))" } } ?? ""
            return BarChart.Bar(label: group.name, value: median, low: group.medianLow, high: group.medianHigh,
                                caption: show(median) + interval + " · n = \(group.count)")
        }
        var blocks: [ResultBlock] = []
        for group in comparison.groups where group.count < GroupsComparison.smallGroup {
            blocks.append(.warning(Words.smallGroup(group.name, posts: group.count)))
        }
        blocks.append(.table(tables.groups, title: context.say(Words.compareGroupsTitle(request.metric.name, rows: request.rows.count))))
        blocks.append(.text(chart.lines(bars).joined(separator: "\n")))
        blocks.append(.table(tables.pairs, title: nil))
        if let kruskal = comparison.kruskal {
            blocks.append(.text(context.say(Words.kruskalLine(h: formatter.decimal(kruskal.h), df: kruskal.degreesOfFreedom,
                                                              p: pText(kruskal.p, context.language)))))
        }
        let sentence = context.say(tables.sentence)
        blocks.append(.text(request.notes.map { "· " + context.say($0) }.joined(separator: "\n")))
        blocks.append(.text(sentence))
        blocks.append(.text(context.say(Words.compareStored(tables.groups.name, tables.pairs.name))))
        var fields: [(String, JSONValue)] = [
            ("metric", .string(request.metric.name)), ("dataset", .string(request.dataset.name)),
            ("rows", .integer(Int64(request.rows.count))), ("test", .string(request.test.rawValue)),
            ("resamples", .integer(Int64(request.resamples))), ("seed", .integer(Int64(bitPattern: request.seed))),
            ("groups", TableJSON.value(of: tables.groups)), ("pairs", TableJSON.value(of: tables.pairs)),
            ("sentence", .string(sentence)), ("notes", .array(request.notes.map { .string(context.say($0)) })),
        ]
        if let kruskal = comparison.kruskal {
            fields.append(("kruskal", .object([("h", .number(kruskal.h)), ("df", .integer(Int64(kruskal.degreesOfFreedom))),
                                               ("p", .number(kruskal.p))])))
        }
        return CommandResult(blocks: blocks, json: .object(fields))
    }

    /// The plain sentence in every language, numbers formatted as each language writes them.
    static func sentence(_ comparison: GroupComparison, request: CompareRequest, periods: Bool = false) -> Message {
        let text = { (language: Language) -> String in
            let formatter = CellFormatter(language: language, timeZone: request.context.workspace.settings.timeZone)
            let show = { (value: Double) in request.metric.isRate ? formatter.percent(value) : formatter.decimal(value) }
            return ComparisonSentence.message(comparison, metric: request.metric.name, periods: periods, show: show,
                                              number: { formatter.decimal(($0 * 100).rounded() / 100) },
                                              p: { pText($0, language) }).text(language)
        }
        return Message(en: text(.en), de: text(.de))
    }

    /// A p-value as people read it: `p < 0.001` or `p = 0.012`, in the given language.
    static func pText(_ p: Double, _ language: Language) -> String {
        p < 0.001 ? "p < " + language.fixed(0.001, places: 3) : "p = " + language.fixed(p, places: 3)
    }
}
