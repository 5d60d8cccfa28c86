import RapportCore

/// Answers of made-up respondents that follow a chosen profile, with some spread, for demonstrations.
struct SimulatedAnswers {
    /// The instrument answered.
    let instrument: Instrument
    /// Ipsative: the points per alternative respondents lean towards in the first round.
    let nowProfile: [Double]
    /// Ipsative: the points per alternative respondents lean towards in the later rounds.
    let preferredProfile: [Double]

    /// One respondent's answers, by question key, as numbers.
    func respondent(_ random: inout SplitMix64) -> [(key: String, numbers: [Int])] {
        switch instrument.type {
        case .ipsative:
            return Question.all(in: instrument).map { question in
                let target = question.round?.id == instrument.rounds?.first?.id ? nowProfile : preferredProfile
                return (question.key, split(target, &random))
            }
        case .likert:
            let points = instrument.points ?? 5
            var leanings: [String: Double] = [:]
            for scale in instrument.scales ?? [] { leanings[scale.id] = SimulatedAnswers.spread(&random) * 1.2 }
            return instrument.items.map { item in
                let middle = Double(points + 1) / 2
                let raw = middle + (leanings[item.scale ?? ""] ?? 0) * Double(points - 1) / 4 + SimulatedAnswers.spread(&random) * 0.8
                let rating = min(points, max(1, Int(raw.rounded())))
                return (item.id, [item.isReversed ? points + 1 - rating : rating])
            }
        }
    }

    /// Points near the target per alternative, whole, not negative, adding up to the total (largest remainders).
    private func split(_ target: [Double], _ random: inout SplitMix64) -> [Int] {
        let total = instrument.total ?? 100
        let drawn = target.map { max(0, $0 + SimulatedAnswers.spread(&random) * 12) }
        let sum = drawn.reduce(0, +)
        let shares = drawn.map { sum > 0 ? $0 / sum * Double(total) : Double(total) / Double(drawn.count) }
        var points = shares.map { Int($0) }
        let order = shares.indices.sorted { shares[$0] - Double(points[$0]) > shares[$1] - Double(points[$1]) }
        var missing = total - points.reduce(0, +)
        var index = 0
        while missing > 0 {
            points[order[index % order.count]] += 1
            missing -= 1
            index += 1
        }
        return points
    }

    /// A draw in (−1.5, 1.5) that clusters around 0: the centred sum of three uniform draws.
    private static func spread(_ random: inout SplitMix64) -> Double {
        random.nextUnit() + random.nextUnit() + random.nextUnit() - 1.5
    }
}
