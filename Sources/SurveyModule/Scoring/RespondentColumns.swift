import RapportCore

/// The columns every per-respondent result table starts with.
enum RespondentColumns {
    /// Respondent, group and role.
    static func leading(_ scores: [RespondentScores], _ context: CommandContext) -> [Column] {
        [.text(context.say(Words.respondentColumn), scores.map(\.respondent)),
         .text(context.say(Words.groupColumn), scores.map(\.group)),
         .text(context.say(Words.roleColumn), scores.map(\.role.rawValue))]
    }
}
