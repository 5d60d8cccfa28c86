import Analytics
import RapportCore

/// `compare NAME METRIC by COLUMN`: the metric's per-post values between the groups of a column.
enum GroupsComparison {
    /// Groups with fewer posts than this are shown with a warning.
    static let smallGroup = 10

    /// Runs the comparison, stores the groups and pairs tables, and reports them with a chart and a sentence.
    static func run(_ request: CompareRequest, invocation: Invocation) throws -> CommandResult {
        let context = request.context
        guard let by = invocation.by, by.count == 1 else { throw invocation.error(Words.compareNeedsBy, at: invocation.end) }
        let column = try invocation.columnIndex(by[0].text, at: by[0], in: request.selected)
        let groups = RowGroups(request.selected, by: [column])
        let formatter = context.formatter
        var names: [String] = [], values: [[Double]] = []
        var withoutGroup = 0, withoutValue = 0
        for (index, rows) in groups.rows.enumerated() {
            let key = groups.keys[0].data[index]
            guard !key.isMissing else {
                withoutGroup += rows.count
                continue
            }
            names.append(formatter.text(key))
            let present = rows.compactMap { request.values[$0].isNaN ? nil : request.values[$0] }
            withoutValue += rows.count - present.count
            values.append(present)
        }
        var ordered = false
        if let word = invocation[CompareCommand.groups] {
            let wanted = word.listItems
            var chosenNames: [String] = [], chosenValues: [[Double]] = []
            for name in wanted {
                guard let index = names.firstIndex(of: name) ?? names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                    throw invocation.error(Words.unknownGroup(name, column: by[0].text)
                        .suggesting(Suggestion.closest(to: name, among: names)), at: word)
                }
                chosenNames.append(names[index])
                chosenValues.append(values[index])
            }
            (names, values, ordered) = (chosenNames, chosenValues, true)
        }
        guard names.count >= 2 else { throw invocation.error(Words.compareNeedsTwoGroups(by[0].text), at: by[0]) }
        try context.checkInterrupted()
        context.progress.begin(Words.progressComparing(request.dataset.name), unit: .resamples,
                               total: GroupComparison.resampleCount(groups: names.count, resamples: request.resamples))
        let comparison = GroupComparison(names: names, values: values, test: request.test, resamples: request.resamples,
                                         seed: request.seed, ordered: ordered, progress: context.progress)
        let base = try request.resultName(invocation, fallback: "\(request.dataset.name)-\(request.metric.name)-by-\(DatasetName.from(by[0].text))")
        let tables = ComparisonTables(comparison, metric: request.metric, groupColumn: by[0].text, baseName: base,
                                        sentence: ComparisonReport.sentence(comparison, request: request))
        try tables.store(in: context.workspace)
        let result = ComparisonReport.result(comparison, tables: tables, request: request, invocation: invocation)
        guard withoutGroup + withoutValue > 0 else { return result }
        return result.warning(Words.compareRowsLeftOut(withoutGroup: withoutGroup, withoutValue: withoutValue,
                                                       column: by[0].text, metric: request.metric.name))
    }
}
