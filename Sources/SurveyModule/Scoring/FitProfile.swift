import Analytics

/// The numbers a fit compares for one side: the culture-type scores of one round, or keyed item ratings.
enum FitProfile {
    /// The round a candidate is taken in by default: "preferred", else the last round.
    static func defaultCandidateRound(_ instrument: Instrument) -> String? {
        let ids = (instrument.rounds ?? []).map(\.id)
        return ids.contains("preferred") ? "preferred" : ids.last
    }

    /// The round a reference is taken in by default: "now", else the first round.
    static func defaultReferenceRound(_ instrument: Instrument) -> String? {
        let ids = (instrument.rounds ?? []).map(\.id)
        return ids.contains("now") ? "now" : ids.first
    }

    /// The candidate's profile and the mean profile of the reference respondents, on the same labelled scores,
    /// and how many reference respondents have one. Ipsative: the alternatives in the given rounds; Likert: the
    /// items the candidate answered that some reference respondent answered too.
    static func pair(_ instrument: Instrument, candidate: RespondentScores, reference: [RespondentScores],
                     candidateRound: String?, referenceRound: String?) -> (labels: [String], person: [Double], reference: [Double], count: Int)? {
        switch instrument.type {
        case .ipsative:
            guard let candidateRound, let referenceRound, let person = candidate.roundProfiles[candidateRound] else { return nil }
            let profiles = reference.compactMap { $0.roundProfiles[referenceRound] }
            guard let summary = ProfileSummary(profiles)?.means else { return nil }
            return ((instrument.alternatives ?? []).map(\.id), person, summary, profiles.count)
        case .likert:
            var labels: [String] = [], person: [Double] = [], means: [Double] = []
            for item in instrument.items {
                guard let rating = candidate.itemRatings[item.id] else { continue }
                let others = reference.compactMap { $0.itemRatings[item.id] }
                guard !others.isEmpty else { continue }
                labels.append(item.id)
                person.append(rating)
                means.append(others.reduce(0, +) / Double(others.count))
            }
            let count = reference.filter { !$0.itemRatings.isEmpty }.count
            return labels.isEmpty ? nil : (labels, person, means, count)
        }
    }
}
