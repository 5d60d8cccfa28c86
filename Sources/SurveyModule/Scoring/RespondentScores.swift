import Analytics

/// One respondent's scores: mean points per alternative in each round (ipsative), or keyed item ratings and scale
/// scores (Likert).
struct RespondentScores {
    /// The respondent's id.
    let respondent: String
    /// Their group, if any.
    let group: String?
    /// Their role.
    let role: Role
    /// Ipsative: the mean points per alternative (instrument order) by round id, for rounds with an answer.
    let roundProfiles: [String: [Double]]
    /// Likert: the keyed rating by item id, for items answered.
    let itemRatings: [String: Double]
    /// Likert: the scale score by scale id, for scales with an answer.
    let scaleScores: [String: Double]

    /// The scores of every respondent of a survey, in the order they first answered; stored answers that do not fit
    /// the instrument (a changed responses dataset) are left out rather than trusted.
    static func all(_ definition: SurveyDefinition, _ table: ResponseTable) -> [RespondentScores] {
        let instrument = definition.instrument
        return table.respondents.map { respondent in
            let answers = table.answers(of: respondent)
            let first = table.first(of: respondent)
            var rounds: [String: [Double]] = [:]
            var ratings: [String: Double] = [:]
            var scales: [String: Double] = [:]
            switch instrument.type {
            case .ipsative:
                for round in instrument.rounds ?? [] {
                    let dimensions = instrument.items.compactMap { item -> [Double]? in
                        guard let numbers = answers["\(round.id).\(item.id)"]?.numbers,
                              numbers.count == instrument.alternatives?.count else { return nil }
                        return numbers.map(Double.init)
                    }
                    rounds[round.id] = IpsativeScoring.respondentProfile(dimensions)
                }
            case .likert:
                for item in instrument.items {
                    guard let number = answers[item.id]?.numbers.first else { continue }
                    ratings[item.id] = LikertScoring.keyed(Double(number), reversed: item.isReversed, points: instrument.points ?? 5)
                }
                for scale in instrument.scales ?? [] {
                    let keyed = instrument.items.filter { $0.scale == scale.id }.map { ratings[$0.id] }
                    scales[scale.id] = LikertScoring.scaleScore(keyed)
                }
            }
            return RespondentScores(respondent: respondent, group: first?.group, role: Role(rawValue: first?.role ?? "") ?? .employee,
                                    roundProfiles: rounds, itemRatings: ratings, scaleScores: scales)
        }
    }
}
