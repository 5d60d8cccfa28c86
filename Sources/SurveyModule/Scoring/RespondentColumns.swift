import RapportCore

/// The columns every per-respondent result table starts with.
enum RespondentColumns {
    /// Respondent, group and role, named in `language`.
    static func leading(_ scores: [RespondentScores], _ language: Language) -> [Column] {
        [.text(Words.respondentColumn.text(language), scores.map(\.respondent)),
         .text(Words.groupColumn.text(language), scores.map(\.group)),
         .text(Words.roleColumn.text(language), scores.map(\.role.rawValue))]
    }
}
