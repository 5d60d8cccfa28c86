import Analytics
import RapportCore

/// The results of a Likert survey: per scale the mean and SD of the scale scores and Cronbach's alpha.
struct LikertResults {
    /// The survey.
    let definition: SurveyDefinition
    /// The groups to profile.
    let groups: [ResultGroup]
    /// Whether the rows carry a group column.
    let byGroup: Bool

    /// The scale table (named in `language`), a chart per group, and the labels of groups withheld for privacy.
    func build(_ context: CommandContext, in language: Language) -> (profile: Dataset, charts: [String], withheld: [String]) {
        let instrument = definition.instrument
        let scales = instrument.scales ?? []
        var groupColumn: [String?] = [], scaleColumn: [String?] = [], meanColumn: [Double?] = [], sdColumn: [Double?] = []
        var alphaColumn: [Double?] = [], alphaCountColumn: [Int64?] = [], countColumn: [Int64?] = []
        var charts: [String] = [], withheld: [String] = []
        let chart = BarChart(unicode: TextMarks.localeIsUTF8, width: min(40, max(10, context.console.width - 40)))
        for group in groups {
            guard group.members.count >= PrivacyRule.smallestGroup else {
                withheld.append(group.label ?? Words.organisation.text(language))
                continue
            }
            var bars: [BarChart.Bar] = []
            for scale in scales {
                let summary = ProfileSummary(group.members.compactMap { $0.scaleScores[scale.id] }.map { [$0] })
                let items = instrument.items.filter { $0.scale == scale.id }
                let alpha = LikertScoring.alpha(items: items.map { item in group.members.map { $0.itemRatings[item.id] } })
                groupColumn.append(group.label)
                scaleColumn.append(scale.id)
                meanColumn.append(summary?.means[0])
                sdColumn.append(summary?.standardDeviations[0] ?? nil)
                alphaColumn.append(alpha.alpha)
                alphaCountColumn.append(Int64(alpha.respondents))
                countColumn.append(Int64(summary?.respondents ?? 0))
                if let mean = summary?.means[0] {
                    let sd = summary?.standardDeviations[0] ?? nil
                    bars.append(BarChart.Bar(label: scale.id, value: mean, low: sd.map { mean - $0 }, high: sd.map { mean + $0 },
                                             caption: context.formatter.decimal(mean) + (sd.map { " ± " + context.formatter.decimal($0) } ?? "")))
                }
            }
            charts.append((group.label.map { $0 + " " } ?? "") + "(n = \(group.members.count))\n" + chart.lines(bars).joined(separator: "\n"))
        }
        var columns: [Column] = byGroup ? [.text(Words.groupColumn.text(language), groupColumn)] : []
        columns += [.text(Words.scaleColumn.text(language), scaleColumn), .decimal("mean", meanColumn), .decimal("sd", sdColumn),
                    .decimal("alpha", alphaColumn), .integer(Words.alphaRespondentsColumn.text(language), alphaCountColumn),
                    .integer(Words.respondentsColumn.text(language), countColumn)]
        return (Dataset(name: definition.name + "-profile", columns: columns, kind: .surveyProfile), charts, withheld)
    }

    /// Every respondent's scale scores, one row each.
    static func respondentTable(_ definition: SurveyDefinition, _ scores: [RespondentScores], _ language: Language) -> Dataset {
        var columns = RespondentColumns.leading(scores, language)
        for scale in definition.instrument.scales ?? [] {
            columns.append(.decimal(scale.id, scores.map { $0.scaleScores[scale.id] }))
        }
        return Dataset(name: definition.name + "-scores", columns: columns, kind: .surveyScores)
    }
}
