import Analytics
import Foundation
import RapportCore

/// `compare NAME METRIC --per PERIOD`: each calendar period with posts against the one with posts before it,
/// Holm-corrected over those adjacent pairs.
enum SuccessivePeriodsComparison {
    /// The most changes the sentence names.
    static let namedChanges = 3

    /// Groups the posts by period, compares neighbours, stores and reports them as a group comparison.
    static func run(_ request: CompareRequest, invocation: Invocation) throws -> CommandResult {
        let context = request.context
        let perWord = invocation.word(of: PeriodFlags.per) ?? invocation.end
        guard let grouping = try invocation.periodGrouping(of: request.selected,
                                                           timeZone: context.workspace.settings.timeZone),
              let period = grouping.unit.calendarPeriod else {
            throw invocation.error(Words.comparePerNeedsCalendarPeriod, at: perWord)
        }
        var valuesOfPeriod: [Int64: [Double]] = [:]
        for row in request.values.indices where !grouping.periods.missing.isMissing(row) && !request.values[row].isNaN {
            valuesOfPeriod[grouping.periods.values[row], default: []].append(request.values[row])
        }
        let indexes = valuesOfPeriod.keys.sorted()
        guard indexes.count >= 2 else {
            throw invocation.error(Words.comparePerNeedsTwoPeriods(period.rawValue), at: perWord)
        }
        let names = indexes.map { period.label(ofIndex: $0) }
        try context.checkInterrupted()
        context.progress.begin(Words.progressComparing(request.dataset.name), unit: .resamples,
                               total: GroupComparison.resampleCount(groups: names.count, resamples: request.resamples,
                                                                    adjacent: true))
        let comparison = GroupComparison(names: names, values: indexes.map { valuesOfPeriod[$0] ?? [] },
                                         test: request.test, resamples: request.resamples, seed: request.seed,
                                         ordered: true, adjacent: true, progress: context.progress)
        let fallback = "\(request.dataset.name)-\(request.metric.name)-per-\(period.rawValue)"
        let base = try request.resultName(invocation, fallback: fallback)
        let tables = ComparisonTables(comparison, metric: request.metric, groupColumn: grouping.columnName,
                                      baseName: base, sentence: sentence(comparison, request: request, period: period))
        try tables.store(in: context.workspace)
        var result = ComparisonReport.result(comparison, tables: tables, request: request, invocation: invocation)
        let gaps = Int((indexes.last ?? 0) - (indexes.first ?? 0)) + 1 - indexes.count
        if gaps > 0 { result = result.warning(Words.comparePerSkipsEmpty(gaps, period: period.rawValue)) }
        return result
    }

    /// The plain sentence in every language: how many of the changes are unlikely to be chance, naming the first few.
    static func sentence(_ comparison: GroupComparison, request: CompareRequest, period: CalendarPeriod) -> Message {
        let text = { (language: Language) -> String in
            let formatter = CellFormatter(language: language, timeZone: request.context.workspace.settings.timeZone)
            let number = { (value: Double) in formatter.decimal((value * 100).rounded() / 100) }
            let adjusted = comparison.pairs.map { $0.mannWhitneyHolm ?? $0.welchHolm ?? 1 }
            let shown = comparison.pairs.indices.filter { adjusted[$0] < 0.05 }.prefix(namedChanges).map { index in
                let pair = comparison.pairs[index]
                let groups = comparison.groups
                return Words.periodChange(groups[pair.first].name, against: groups[pair.second].name,
                                          ratio: pair.ratio.map(number) ?? "–",
                                          p: ComparisonReport.pText(adjusted[index], language)).text(language)
            }
            let differing = adjusted.filter { $0 < 0.05 }.count
            let smallest = adjusted.min() ?? 1
            return Words.successivePeriods(metric: request.metric.name, period: period.rawValue,
                                           changes: comparison.pairs.count, differing: differing, named: shown,
                                           smallestP: ComparisonReport.pText(smallest, language)).text(language)
        }
        return Message(en: text(.en), de: text(.de))
    }
}
