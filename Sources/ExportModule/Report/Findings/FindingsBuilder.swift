import Analytics
import Foundation
import RapportCore

/// Builds a report's findings from the workspace: which stored dataset is which kind of result, and one maker per
/// kind (score, comparison, goals, audit, survey profile, survey fit; a new kind of result is added in `kind(of:in:)`
/// and `finding(_:_:)`), then the key findings, figures, period and appendix around them.
struct FindingsBuilder {
    /// What the report is asked for.
    struct Request {
        /// `--title`, else the default title.
        var title: String?
        /// `--client`.
        var client: String?
        /// `--logo`, read.
        var logo: ReportLogo?
        /// `--include`: result names and kinds; nil for every result but intermediate tables.
        var include: Set<String>?
        /// The time written, ISO 8601 in UTC.
        var time: String
    }

    /// The name the goal check goes by in `--include`.
    static let goalsName = "goals"

    /// The context in the report's language.
    let context: CommandContext
    /// Numbers as the report writes them.
    let numbers: ReadableNumbers

    /// A builder on a context in the report's language.
    init(context: CommandContext) {
        self.context = context
        numbers = ReadableNumbers(language: context.language)
    }

    /// The kind of result a stored dataset is, or nil when a report has nothing to show of it (raw data, a survey's
    /// responses and scores per respondent, a comparison's pairs table whose groups table is stored too).
    static func kind(of entry: DatasetEntry, in workspace: Workspace) -> ReportFinding.Kind? {
        switch entry.origin?.finding?.kind {
        case .score: return .score
        case .compare, .compareAccounts: return .comparison
        case .comparePairs: return groups(of: entry, in: workspace) == nil ? .comparison : nil
        case .audit:
            return ReadableTable.isMeasureTable(entry.columns.map(\.name)) ? .audit : .table
        case nil: break
        }
        if entry.kind == .surveyFit { return .surveyFit }
        let names = Set(entry.columns.map { $0.name.lowercased() })
        if entry.kind == .surveyProfile
            || names.isSuperset(of: [SurveyProfile.typeColumn, SurveyProfile.nowColumn, SurveyProfile.preferredColumn]) {
            return .surveyProfile
        }
        return nil
    }

    /// The groups table a comparison's pairs table belongs to, if stored.
    static func groups(of pairs: DatasetEntry, in workspace: Workspace) -> DatasetEntry? {
        workspace.entries.first { other in
            other.origin?.finding?.kind == .compare && sameRun(other, pairs)
        }
    }

    /// The pairs table stored with a comparison's groups table, if any.
    static func pairs(of groups: DatasetEntry, in workspace: Workspace) -> DatasetEntry? {
        guard groups.origin?.finding?.kind == .compare else { return nil }
        return workspace.entries.first { $0.origin?.finding?.kind == .comparePairs && sameRun($0, groups) }
    }

    /// Whether two datasets were stored by the same run of a command.
    private static func sameRun(_ one: DatasetEntry, _ other: DatasetEntry) -> Bool {
        guard let first = one.origin, let second = other.origin else { return false }
        return first.isSameRun(as: second)
    }

    /// The whole report.
    func document(_ request: Request) throws -> ReportDocument {
        let workspace = context.workspace
        var findings: [ReportFinding] = []
        for entry in workspace.entries {
            try context.checkInterrupted()
            guard let kind = Self.kind(of: entry, in: workspace) else { continue }
            let pairsName = kind == .comparison ? Self.pairs(of: entry, in: workspace)?.name : nil
            if let include = request.include {
                let named = [entry.name, pairsName, kind.rawValue].compactMap { $0 }
                guard named.contains(where: include.contains) else { continue }
            } else if kind == .table {
                continue
            }
            if let finding = try finding(kind, entry) { findings.append(finding) }
        }
        if request.include.map({ $0.contains(Self.goalsName) }) ?? true, let goals = try goalsFinding() {
            let firstOther = findings.firstIndex { $0.kind != .score } ?? findings.endIndex
            findings.insert(goals, at: firstOther)
        }
        let datasets = Self.datasetsBehind(findings, in: workspace)
        let period = period(of: datasets)
        return ReportDocument(
            title: request.title ?? context.say(Words.findingsDefaultTitle), client: request.client,
            period: period, date: day(ofISOTime: request.time), logo: request.logo,
            language: context.language, keyFindings: findings.flatMap(\.keyLines),
            figures: KeyFigures(builder: self).figures(findings, datasets: datasets, period: period), findings: findings,
            appendix: appendix(datasets, time: request.time))
    }

    /// The finding of one stored result of a kind, or nil when its data does not make one.
    private func finding(_ kind: ReportFinding.Kind, _ entry: DatasetEntry) throws -> ReportFinding? {
        let dataset = try context.workspace.dataset(named: entry.name)
        switch kind {
        case .score: return scoreFinding(dataset, entry)
        case .comparison:
            let pairs = try Self.pairs(of: entry, in: context.workspace).map { try context.workspace.dataset(named: $0.name) }
            return comparisonFinding(dataset, pairs: pairs, entry)
        case .audit: return auditFinding(dataset, entry)
        case .surveyProfile: return profileFinding(dataset, entry)
        case .surveyFit: return fitFinding(dataset, entry)
        case .table:
            return ReportFinding(kind: .table, name: entry.name, title: say(Words.findingTableTitle(entry.name)),
                                 sentence: nil, chart: nil, tables: [readable(dataset)], datasets: [dataset], notes: [],
                                 command: entry.origin?.command, keyLines: [])
        case .goals: return nil
        }
    }

    // MARK: - One maker per kind

    /// A score: the metric by its groups, the range of medians, bars of the medians with n.
    private func scoreFinding(_ dataset: Dataset, _ entry: DatasetEntry) -> ReportFinding {
        let metric = parameter("METRIC", entry) ?? ""
        let groups = groupColumns(entry)
        let title = Words.findingScoreTitle(Words.metricTitle(metric), by: groups.map(Words.columnTitle))
        return ReportFinding(kind: .score, name: entry.name, title: say(title),
                             sentence: scoreSentence(dataset, metric: metric, grouped: !groups.isEmpty),
                             chart: groups.isEmpty ? nil : bars(dataset, intervals: false), tables: [readable(dataset)],
                             datasets: [dataset], notes: metricNotes(metric), command: entry.origin?.command,
                             keyLines: [])
    }

    /// A comparison: its recorded sentence (also a key finding), bars with intervals, the groups and pairs tables.
    private func comparisonFinding(_ groups: Dataset, pairs: Dataset?, _ entry: DatasetEntry) -> ReportFinding {
        let metric = parameter("METRIC", entry) ?? ""
        let columns = parameter("--accounts", entry) != nil ? ["account"] : groupColumns(entry)
        let title = Words.findingCompareTitle(Words.metricTitle(metric), by: columns.map(Words.columnTitle))
        let sentence = entry.origin?.finding?.sentence.map(say)
        return ReportFinding(kind: .comparison, name: entry.name, title: say(title), sentence: sentence,
                             chart: bars(groups, intervals: true), tables: [readable(groups)] + (pairs.map { [readable($0)] } ?? []),
                             datasets: [groups] + (pairs.map { [$0] } ?? []), notes: metricNotes(metric),
                             command: entry.origin?.command,
                             keyLines: sentence.map { [KeyFinding(text: $0, tone: .neutral, label: "")] } ?? [])
    }

    /// The goal check: each goal met or missed with its value against its target, as key findings too.
    private func goalsFinding() throws -> ReportFinding? {
        guard let check = try GoalCheck.rows(in: context) else { return nil }
        let isRate = check.column(named: "target")?.role == .rate
        var lines: [KeyFinding] = [], labels: [String?] = []
        for row in 0..<check.rowCount {
            let met = check.column(named: "met")?.data[row]
            let tone: KeyFinding.Tone = met == .boolean(true) ? .met : .missed
            let label = say(met == .boolean(true) ? Words.findingsMet
                            : (met == .boolean(false) ? Words.findingsMissed : Words.findingsUnknown))
            labels.append(label)
            let value = { (name: String) -> String in
                check.column(named: name)?.data[row].number.map { numbers.value($0, isRate: isRate) } ?? "–"
            }
            let group = text(check, "group", row)
            let text = Words.findingGoalLine(self.text(check, "goal", row), group: group == say(Words.allRows) ? "" : group,
                                             actual: value("actual"), op: Self.symbol(self.text(check, "op", row)),
                                             target: value("target"))
            lines.append(KeyFinding(text: say(text), tone: tone, label: label))
        }
        var shown = check
        shown.setColumn(Column.text("met", labels))
        if let op = check.column(named: "op") {
            shown.setColumn(Column.text("op", (0..<op.count).map { Self.symbol(text(check, "op", $0)) }))
        }
        let met = lines.filter { $0.tone == .met }.count
        return ReportFinding(kind: .goals, name: Self.goalsName, title: say(Words.findingGoalsTitle),
                             sentence: say(Words.findingGoalsSentence(met: met, of: lines.count)), chart: nil,
                             tables: [readable(shown)], datasets: [check], notes: [say(Words.findingGoalsNote)],
                             command: "goal check", keyLines: lines)
    }

    /// An audit's summary: the likely fake share with its interval and the real audience, as a key finding too. Where
    /// a model scored the followers, the audit stores the adjusted share (`fake_share_adjusted`), the one said, and the
    /// notes name the model and the method.
    private func auditFinding(_ dataset: Dataset, _ entry: DatasetEntry) -> ReportFinding {
        let measures = Self.measures(dataset)
        let shareName = measures["fake_share_adjusted"] != nil ? "fake_share_adjusted" : "fake_share"
        var notes = [say(Words.findingAuditNote)]
        if shareName == "fake_share_adjusted", let model = Self.modelName(dataset) {
            notes = [say(Words.findingAuditModelNote(model))]
        }
        var line: String?
        if let share = measures[shareName], let low = measures[shareName + "_low"], let high = measures[shareName + "_high"],
           let audience = measures["real_audience"], let audienceLow = measures["real_audience_low"],
           let audienceHigh = measures["real_audience_high"] {
            line = say(Words.findingAuditLine(
                share: numbers.percent(share), interval: numbers.interval(low, high, isRate: true),
                audience: numbers.whole(audience),
                range: numbers.whole(audienceLow) + "–" + numbers.whole(audienceHigh)))
        }
        let source = parameter("DATASET", entry) ?? entry.name
        return ReportFinding(kind: .audit, name: entry.name, title: say(Words.findingAuditTitle(source)), sentence: line,
                             chart: nil, tables: [readable(dataset)], datasets: [dataset],
                             notes: notes, command: entry.origin?.command,
                             keyLines: line.map { [KeyFinding(text: $0, tone: .neutral, label: "")] } ?? [])
    }

    /// A culture profile: the kite now and preferred, and the type with the largest gap.
    private func profileFinding(_ dataset: Dataset, _ entry: DatasetEntry) -> ReportFinding? {
        guard let profile = SurveyProfile(dataset) else { return nil }
        var sentence: String?
        let gaps = profile.types.indices.filter { profile.now[$0].isFinite && profile.preferred[$0].isFinite }
        if let widest = gaps.max(by: { abs(profile.now[$0] - profile.preferred[$0])
                                         < abs(profile.now[$1] - profile.preferred[$1]) }) {
            sentence = say(Words.findingProfileSentence(profile.types[widest], now: numbers.decimal(profile.now[widest]),
                                                        preferred: numbers.decimal(profile.preferred[widest])))
        }
        let chart = profile.types.count >= KiteChart.minimumAxes
            ? FindingChart.kite(profile, now: say(Words.reportNow), preferred: say(Words.reportPreferred)) : nil
        return ReportFinding(kind: .surveyProfile, name: entry.name,
                             title: say(Words.findingProfileTitle(parameter("NAME", entry) ?? entry.name)),
                             sentence: sentence, chart: chart, tables: [readable(dataset)], datasets: [dataset],
                             notes: [say(Words.findingProfileNote)], command: entry.origin?.command, keyLines: [])
    }

    /// A survey fit: the band and r, as a key finding too; the band in the report's language.
    private func fitFinding(_ dataset: Dataset, _ entry: DatasetEntry) -> ReportFinding {
        var shown = dataset
        if let band = dataset.column(named: "fit") {
            shown.setColumn(Column.text("fit", (0..<band.count).map { row in
                guard case .text(let word) = band.data[row] else { return nil }
                return FitBand(rawValue: word).map { say(Words.band($0)) } ?? word
            }))
        }
        var lines: [KeyFinding] = []
        for row in 0..<shown.rowCount {
            let r = shown.column(named: "r")?.data[row].number.map(numbers.decimal) ?? "–"
            lines.append(KeyFinding(text: say(Words.findingFitLine(text(shown, "candidate", row),
                                                                 against: text(shown, "against", row),
                                                                 band: text(shown, "fit", row), r: r)),
                                    tone: .neutral, label: ""))
        }
        return ReportFinding(kind: .surveyFit, name: entry.name, title: say(Words.findingFitTitle), sentence: lines.first?.text,
                             chart: nil, tables: [readable(shown)], datasets: [dataset], notes: [say(Words.findingFitNote)],
                             command: entry.origin?.command, keyLines: lines)
    }

    // MARK: - Parts

    /// A goal's comparison as people write it: `≥` for `>=`, `≤` for `<=`, others as they are.
    static func symbol(_ comparison: String) -> String {
        switch comparison {
        case ">=": return "≥"
        case "<=": return "≤"
        case "!=": return "≠"
        default: return comparison
        }
    }

    /// A message in the report's language.
    func say(_ message: Message) -> String {
        context.say(message)
    }

    /// A dataset formatted for reading.
    func readable(_ dataset: Dataset) -> ReadableTable {
        ReadableTable(dataset, language: context.language, timeZone: context.workspace.settings.timeZone)
    }

    /// The value of a parameter the command was given (`METRIC`, `by`, `--accounts`).
    func parameter(_ name: String, _ entry: DatasetEntry) -> String? {
        entry.origin?.parameters.first { $0.name == name }?.value
    }

    /// The columns a result is grouped by (its `by` clause).
    private func groupColumns(_ entry: DatasetEntry) -> [String] {
        (parameter("by", entry) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A text cell of a named column, empty when missing.
    private func text(_ dataset: Dataset, _ column: String, _ row: Int) -> String {
        guard let column = dataset.column(named: column) else { return "" }
        if case .text(let value) = column.data[row] { return value }
        return context.formatter.text(column.data[row])
    }

    /// The name of the model that scored an audit's followers: the `text` of its `model` row, nil for the rules.
    private static func modelName(_ dataset: Dataset) -> String? {
        guard dataset.columns.count >= 3 else { return nil }
        for row in 0..<dataset.rowCount {
            if case .text("model") = dataset.columns[0].data[row], case .text(let name) = dataset.columns[2].data[row] {
                return name
            }
        }
        return nil
    }

    /// The `measure, value` rows of an audit's summary by measure.
    static func measures(_ dataset: Dataset) -> [String: Double] {
        guard dataset.columns.count >= 2 else { return [:] }
        var measures: [String: Double] = [:]
        for row in 0..<dataset.rowCount {
            if case .text(let name) = dataset.columns[0].data[row], let value = dataset.columns[1].data[row].number {
                measures[name] = value
            }
        }
        return measures
    }

    /// The metric's definition and formula, as `explain` gives them.
    private func metricNotes(_ metric: String) -> [String] {
        guard let explanation = MetricCatalogue.named(metric)?.explanation else { return [] }
        return [say(explanation.definition), say(explanation.formula)]
    }

    /// A score's sentence: the one median over its posts, or the highest and lowest median and their groups.
    private func scoreSentence(_ dataset: Dataset, metric: String, grouped: Bool) -> String? {
        guard let median = dataset.column(named: "median"), dataset.rowCount > 0 else { return nil }
        let isRate = median.role == .rate
        let title = Words.metricTitle(metric)
        if !grouped || dataset.rowCount == 1 {
            guard let value = median.data[0].number, let posts = dataset.column(named: "posts")?.data[0].number else {
                return nil
            }
            return say(Words.findingScoreSentence(title, value: numbers.value(value, isRate: isRate),
                                                  posts: numbers.count(Int64(posts))))
        }
        let rows = (0..<dataset.rowCount).filter { median.data[$0].number != nil }
        guard let high = rows.max(by: { (median.data[$0].number ?? 0) < (median.data[$1].number ?? 0) }),
              let low = rows.min(by: { (median.data[$0].number ?? 0) < (median.data[$1].number ?? 0) }),
              let labels = dataset.columns.first else { return nil }
        return say(Words.findingScoreRange(
            title, high: numbers.value(median.data[high].number ?? 0, isRate: isRate),
            highGroup: context.formatter.text(labels.data[high]),
            low: numbers.value(median.data[low].number ?? 0, isRate: isRate),
            lowGroup: context.formatter.text(labels.data[low])))
    }

    /// The most bars a chart of groups shows; a result with more groups shows its table only.
    static let maximumBars = 30

    /// Bars of a table's medians, one per group (the first column), with the interval when asked and stored, and the
    /// group's n beside each; nil without a median or with too many groups.
    private func bars(_ groups: Dataset, intervals: Bool) -> FindingChart? {
        guard let labels = groups.columns.first, let median = groups.column(named: "median"),
              (1...Self.maximumBars).contains(groups.rowCount) else { return nil }
        let isRate = median.role == .rate
        let low = intervals ? groups.column(named: "median_low") : nil
        let high = intervals ? groups.column(named: "median_high") : nil
        let posts = groups.column(named: "posts")
        var bars: [BarChart.Bar] = [], counts: [String] = []
        for row in 0..<groups.rowCount {
            guard let value = median.data[row].number else { continue }
            let lower = low?.data[row].number, upper = high?.data[row].number
            var caption = numbers.value(value, isRate: isRate)
            if let lower, let upper { caption += " (" + numbers.interval(lower, upper, isRate: isRate) + ")" }
            let count = posts?.data[row].number.map { "(n = " + numbers.count(Int64($0)) + ")" } ?? ""
            if !count.isEmpty { caption += " · " + String(count.dropFirst().dropLast()) }
            bars.append(BarChart.Bar(label: context.formatter.text(labels.data[row]), value: value, low: lower,
                                     high: upper, caption: caption))
            counts.append(count)
        }
        guard !bars.isEmpty else { return nil }
        let hasIntervals = bars.contains { $0.low != nil }
        return .bars(bars, counts: counts, caption: say(hasIntervals ? Words.findingMedianChart : Words.findingMedianChartPlain),
                     isRate: isRate, category: Words.columnTitle(labels.name).text(context.language),
                     series: say(Words.findingMedianSeries))
    }

    /// The datasets behind the findings and those they read, each once, in the workspace's order.
    static func datasetsBehind(_ findings: [ReportFinding], in workspace: Workspace) -> [DatasetEntry] {
        var names = Set(findings.flatMap { $0.datasets.map(\.name) })
        for name in names {
            for input in workspace.entry(named: name)?.origin?.inputs ?? [] { names.insert(input.name) }
        }
        if findings.contains(where: { $0.kind == .goals }) {
            for document in workspace.goals.values {
                if let goal = Goal(document: document) { names.insert(goal.dataset) }
            }
        }
        return workspace.entries.filter { names.contains($0.name) }
    }

    /// The days the posts behind the findings cover, first to last, in the workspace's zone; nil without times.
    private func period(of datasets: [DatasetEntry]) -> String? {
        var first = Int64.max, last = Int64.min
        for entry in datasets where entry.kind == .posts {
            guard let dataset = try? context.workspace.dataset(named: entry.name),
                  let column = dataset.columns.first(where: { $0.role == .time })
                    ?? dataset.columns.first(where: { $0.type == .time }),
                  case .time(let values, let missing) = column.data else { continue }
            for row in values.indices where !missing.isMissing(row) {
                first = min(first, values[row])
                last = max(last, values[row])
            }
        }
        guard first <= last else { return nil }
        let local = LocalTime(timeZone: context.workspace.settings.timeZone)
        return day(local.local(first)) + " – " + day(local.local(last))
    }

    /// A day in the report's language (`2025-03-01`, `01.03.2025`) from local seconds since 1970.
    func day(_ localSeconds: Int64) -> String {
        let (year, month, day) = ISOTime.civil(fromDays: ISOTime.divideFloor(localSeconds, 86_400).0)
        let two = { (value: Int64) in value < 10 ? "0\(value)" : "\(value)" }
        return context.language == .de ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
    }

    /// The day of an ISO 8601 time in the report's language; the text itself when it is not one.
    private func day(ofISOTime time: String) -> String {
        guard let moment = ISOTime.parse(Substring(time)) else { return time }
        return day(moment.seconds)
    }

    /// The appendix: method notes, datasets with rows and commands, source files once each, version and time.
    private func appendix(_ datasets: [DatasetEntry], time: String) -> ReportAppendix {
        var files: [SourceFile] = []
        for entry in datasets {
            for file in entry.origin?.files ?? [] where !files.contains(file) { files.append(file) }
        }
        let provenance = Provenance(datasets: [], workspace: context.workspace, time: time)
        return ReportAppendix(
            methods: Words.findingsMethodNotes.map(say),
            datasets: datasets.map { ReportAppendix.DatasetLine(name: $0.name, rows: $0.rows, command: $0.origin?.command) },
            files: files, version: provenance.version, workspace: provenance.workspace, time: time)
    }
}
