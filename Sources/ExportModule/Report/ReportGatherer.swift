import Analytics
import Foundation
import RapportCore

/// Collects what a report shows from the workspace: the summary, score results, goals, comparisons and surveys.
enum ReportGatherer {
    /// What a stored dataset is to a report.
    enum Role: Equatable {
        /// A `score` result.
        case score
        /// The groups table of a `compare` result (its pairs table goes with it).
        case comparison
        /// The pairs table of a comparison whose groups table is stored too.
        case pairs
        /// A survey profile (columns `type`, `now`, `preferred`, or what `survey results` stores).
        case survey
    }

    /// The role of a stored dataset, from what its origin records it found, or nil when a report has nothing to show
    /// of it. A pairs table whose groups table is gone is shown on its own.
    static func role(of entry: DatasetEntry, in workspace: Workspace) -> Role? {
        switch entry.origin?.finding?.kind {
        case .score: return .score
        case .compare, .compareAccounts: return .comparison
        case .comparePairs:
            let groups = workspace.entries.first { other in
                other.origin?.finding?.kind == .compare && sameRun(other, entry)
            }
            return groups == nil ? .comparison : .pairs
        case .audit, nil: break
        }
        let names = Set(entry.columns.map { $0.name.lowercased() })
        if entry.kind == .surveyProfile
            || names.isSuperset(of: [SurveyProfile.typeColumn, SurveyProfile.nowColumn, SurveyProfile.preferredColumn]) {
            return .survey
        }
        return nil
    }

    /// Whether two datasets were stored by the same run of a command (a comparison's groups and pairs tables).
    private static func sameRun(_ one: DatasetEntry, _ other: DatasetEntry) -> Bool {
        guard let first = one.origin, let second = other.origin else { return false }
        return first.isSameRun(as: second)
    }

    /// The pairs table stored with a comparison's groups table, if any.
    private static func pairs(of groups: DatasetEntry, in workspace: Workspace) -> DatasetEntry? {
        guard groups.origin?.finding?.kind == .compare else { return nil }
        return workspace.entries.first { $0.origin?.finding?.kind == .comparePairs && sameRun($0, groups) }
    }

    /// The content of a report in the context's language, of the chosen results or of all of them.
    static func content(title: String?, only selection: Set<String>?, time: String,
                        in context: CommandContext) throws -> ReportContent {
        let workspace = context.workspace
        let formatter = context.formatter
        var scores: [ReportContent.Score] = [], comparisons: [ReportContent.Comparison] = [], surveys: [SurveyProfile] = []
        var used: [String] = []
        for entry in workspace.entries {
            try context.checkInterrupted()
            guard let role = role(of: entry, in: workspace) else { continue }
            let pairsName = role == .comparison ? pairs(of: entry, in: workspace)?.name : nil
            if let selection, !selection.contains(entry.name), !(pairsName.map(selection.contains) ?? false) {
                continue
            }
            let command = entry.origin?.command
            switch role {
            case .score:
                let dataset = try workspace.dataset(named: entry.name)
                scores.append(ReportContent.Score(dataset: dataset, source: command ?? ""))
                used.append(entry.name)
            case .comparison:
                let groups = try workspace.dataset(named: entry.name)
                let pairs = try pairsName.map { try workspace.dataset(named: $0) }
                comparisons.append(ReportContent.Comparison(
                    groups: groups, pairs: pairs, sentence: entry.origin?.finding?.sentence.map(context.say),
                    source: command, bars: bars(of: groups, formatter: formatter)))
                used += [entry.name] + (pairsName.map { [$0] } ?? [])
            case .survey:
                guard let profile = SurveyProfile(try workspace.dataset(named: entry.name)) else { continue }
                surveys.append(profile)
                used.append(entry.name)
            case .pairs:
                continue
            }
        }
        let goals = try GoalCheck.rows(in: context)
        let met = goals?.column(named: "met")?.data
        let goalsMet = met.map { data in (0..<data.count).filter { data[$0] == .boolean(true) }.count } ?? 0
        let provenance = Provenance(datasets: try used.map { try workspace.dataset(named: $0) }, workspace: workspace, time: time)
        return ReportContent(
            title: title ?? context.say(Words.reportDefaultTitle) + " — " + (provenance.workspace as NSString).lastPathComponent,
            language: context.language, formatter: formatter, summary: summary(of: workspace, in: context),
            scores: scores, goals: goals.map { readable($0, in: context) }, goalsMet: goalsMet, goalsTotal: goals?.rowCount ?? 0,
            comparisons: comparisons, surveys: surveys,
            provenance: provenance)
    }

    /// One row per stored dataset: name, kind, rows, columns and the command line that stored it.
    private static func summary(of workspace: Workspace, in context: CommandContext) -> Dataset {
        let entries = workspace.entries
        return Dataset(name: "summary", columns: [
            Column.text(context.say(Words.reportDatasetColumn), entries.map(\.name)),
            Column.text(context.say(Words.reportKindColumn), entries.map(\.kind?.rawValue)),
            Column.integer(context.say(Words.reportRowsColumn), entries.map { Int64($0.rows) }),
            Column.integer(context.say(Words.reportColumnsColumn), entries.map { Int64($0.columns.count) }),
            Column.text(context.say(Words.reportSourceColumn), entries.map { $0.origin?.command }),
        ])
    }

    /// The goal check with `met` written as words (met, missed, not computable).
    private static func readable(_ goals: Dataset, in context: CommandContext) -> Dataset {
        guard let met = goals.column(named: "met") else { return goals }
        var copy = goals
        copy.setColumn(Column.text("met", (0..<met.count).map { row in
            switch met.data[row] {
            case .boolean(true): return context.say(Words.goalMet)
            case .boolean(false): return context.say(Words.goalMissed)
            default: return context.say(Words.goalUnknown)
            }
        }))
        return copy
    }

    /// A bar per group: the median, its interval when stored, and a caption with the numbers and the posts.
    static func bars(of groups: Dataset, formatter: CellFormatter) -> [BarChart.Bar] {
        guard let labels = groups.columns.first, let median = groups.column(named: "median") else { return [] }
        let low = groups.column(named: "median_low"), high = groups.column(named: "median_high")
        let posts = groups.column(named: "posts")
        return (0..<groups.rowCount).compactMap { row in
            guard let value = median.data[row].number else { return nil }
            let show = { (cell: Cell) in formatter.text(cell, role: median.role) }
            let lowValue = low?.data[row].number, highValue = high?.data[row].number
            var caption = show(median.data[row])
            if let low, let high, lowValue != nil, highValue != nil { caption += " (\(show(low.data[row]))–\(show(high.data[row])))" }
            if let count = posts?.data[row], !count.isMissing { caption += " · n = \(formatter.text(count))" }
            return BarChart.Bar(label: formatter.text(labels.data[row]), value: value, low: lowValue, high: highValue, caption: caption)
        }
    }
}
