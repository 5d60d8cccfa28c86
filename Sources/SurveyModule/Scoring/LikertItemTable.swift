import Analytics
import RapportCore

/// The mean keyed rating of every Likert item, so values fit shows how much each value describes people and
/// matters to them: the dataset `NAME-items`.
enum LikertItemTable {
    /// One row per group and item (groups below the privacy limit left out).
    static func build(_ definition: SurveyDefinition, groups: [ResultGroup], byGroup: Bool, _ context: CommandContext) -> Dataset {
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
        var columns: [Column] = byGroup ? [.text(context.say(Words.groupColumn), groupColumn)] : []
        columns += [.text(context.say(Words.itemColumn), itemColumn), .text(context.say(Words.labelColumn), labelColumn),
                    .text(context.say(Words.scaleColumn), scaleColumn), .decimal("mean", meanColumn), .decimal("sd", sdColumn),
                    .integer(context.say(Words.respondentsColumn), countColumn)]
        return Dataset(name: definition.name + "-items", columns: columns, kind: "survey-items")
    }
}
