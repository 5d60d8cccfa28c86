import Analytics
import RapportCore

/// The mean keyed rating of every Likert item, so values fit shows how much each value describes people and
/// matters to them: the dataset `NAME-items`.
enum LikertItemTable {
    /// One row per group and item (groups below the privacy limit left out), its columns named in `language`.
    static func build(_ definition: SurveyDefinition, groups: [ResultGroup], byGroup: Bool, _ language: Language) -> Dataset {
        var groupColumn: [String?] = [], itemColumn: [String?] = [], labelColumn: [String?] = [], scaleColumn: [String?] = []
        var meanColumn: [Double?] = [], sdColumn: [Double?] = [], countColumn: [Int64?] = []
        for group in groups where group.members.count >= PrivacyRule.smallestGroup {
            for item in definition.instrument.items {
                let summary = ProfileSummary(group.members.compactMap { $0.itemRatings[item.id] }.map { [$0] })
                groupColumn.append(group.label)
                itemColumn.append(item.id)
                labelColumn.append(definition.label(ofItem: item.id))
                scaleColumn.append(item.scale)
                meanColumn.append(summary?.means[0])
                sdColumn.append(summary?.standardDeviations[0] ?? nil)
                countColumn.append(Int64(summary?.respondents ?? 0))
            }
        }
        var columns: [Column] = byGroup ? [.text(Words.groupColumn.text(language), groupColumn)] : []
        columns += [.text(Words.itemColumn.text(language), itemColumn), .text(Words.labelColumn.text(language), labelColumn),
                    .text(Words.scaleColumn.text(language), scaleColumn), .decimal("mean", meanColumn), .decimal("sd", sdColumn),
                    .integer(Words.respondentsColumn.text(language), countColumn)]
        return Dataset(name: definition.name + "-items", columns: columns, kind: .surveyItems)
    }
}
