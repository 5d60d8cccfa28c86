import Analytics
import RapportCore

/// The results of an ipsative survey: the profile per alternative and round (mean, SD), the gaps, and charts.
struct IpsativeResults {
    /// The survey.
    let definition: SurveyDefinition
    /// The groups to profile.
    let groups: [ResultGroup]
    /// Whether the rows carry a group column.
    let byGroup: Bool

    /// The profile table (named in `language`), a chart per group and round, and the labels of groups withheld for privacy.
    func build(_ context: CommandContext, in language: Language) -> (profile: Dataset, charts: [String], withheld: [String], flagged: Int) {
        let instrument = definition.instrument
        let rounds = instrument.rounds ?? []
        let alternatives = instrument.alternatives ?? []
        var groupColumn: [String?] = [], typeColumn: [String?] = [], respondentsColumn: [Int64?] = []
        var means = Array(repeating: [Double?](), count: rounds.count)
        var deviations = Array(repeating: [Double?](), count: rounds.count)
        var gaps: [Double?] = [], flags: [String?] = []
        var charts: [String] = [], withheld: [String] = []
        var flagged = 0
        let chart = BarChart(unicode: TextMarks.localeIsUTF8, width: min(40, max(10, context.console.width - 40)))
        for group in groups {
            let summaries = rounds.map { round in ProfileSummary(group.members.compactMap { $0.roundProfiles[round.id] }) }
            let count = summaries.compactMap { $0?.respondents }.min() ?? 0
            guard count >= PrivacyRule.smallestGroup else {
                withheld.append(group.label ?? Words.organisation.text(language))
                continue
            }
            for (index, alternative) in alternatives.enumerated() {
                groupColumn.append(group.label)
                typeColumn.append(alternative.id)
                respondentsColumn.append(Int64(count))
                for roundIndex in rounds.indices {
                    means[roundIndex].append(summaries[roundIndex]?.means[index])
                    deviations[roundIndex].append(summaries[roundIndex]?.standardDeviations[index] ?? nil)
                }
                if rounds.count >= 2, let first = summaries.first??.means[index], let last = summaries.last??.means[index] {
                    let gap = IpsativeScoring.gaps(now: [first], preferred: [last])[0]
                    gaps.append(gap.gap)
                    flags.append(gap.flagged ? Words.flaggedGap.text(language) : nil)
                    if gap.flagged { flagged += 1 }
                } else {
                    gaps.append(nil)
                    flags.append(nil)
                }
            }
            for (roundIndex, round) in rounds.enumerated() {
                guard let summary = summaries[roundIndex] else { continue }
                let bars = alternatives.enumerated().map { index, alternative in
                    let mean = summary.means[index], sd = summary.standardDeviations[index]
                    return BarChart.Bar(label: alternative.id, value: mean, low: sd.map { mean - $0 }, high: sd.map { mean + $0 },
                                        caption: context.formatter.decimal(mean) + (sd.map { " ± " + context.formatter.decimal($0) } ?? ""))
                }
                let title = (group.label.map { $0 + " · " } ?? "") + round.text.text(context.language) + " (n = \(summary.respondents))"
                charts.append(title + "\n" + chart.lines(bars).joined(separator: "\n"))
            }
        }
        var columns: [Column] = byGroup ? [.text(Words.groupColumn.text(language), groupColumn)] : []
        columns.append(.text(Words.cultureTypeColumn.text(language), typeColumn))
        for (index, round) in rounds.enumerated() {
            columns.append(.decimal("\(round.id)_mean", means[index]))
            columns.append(.decimal("\(round.id)_sd", deviations[index]))
        }
        if rounds.count >= 2 {
            columns.append(.decimal(Words.gapColumn.text(language), gaps))
            columns.append(.text(Words.flagColumn.text(language), flags))
        }
        columns.append(.integer(Words.respondentsColumn.text(language), respondentsColumn))
        return (Dataset(name: definition.name + "-profile", columns: columns, kind: .surveyProfile), charts, withheld, flagged)
    }

    /// Every respondent's mean points per round and alternative, one row each.
    static func respondentTable(_ definition: SurveyDefinition, _ scores: [RespondentScores], _ language: Language) -> Dataset {
        var columns = RespondentColumns.leading(scores, language)
        for round in definition.instrument.rounds ?? [] {
            for (index, alternative) in (definition.instrument.alternatives ?? []).enumerated() {
                columns.append(.decimal("\(round.id)_\(alternative.id)", scores.map { $0.roundProfiles[round.id]?[index] }))
            }
        }
        return Dataset(name: definition.name + "-scores", columns: columns, kind: .surveyScores)
    }
}
