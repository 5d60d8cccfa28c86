import Analytics
import RapportCore

/// Everything one run of `audit` found: the sample scored by the rules and, when one was applied, by a learned
/// model; the fake share and real audience, the first-digit test and, with labels, how the verdicts agree with them.
struct AuditOutcome {
    /// The sample scored by the rules.
    let audit: AuthenticityAudit
    /// The learned model's scores, when a model was applied: its verdicts then lead.
    let assessment: ModelAssessment?
    /// The followers' ids (role `follower_id`), if the sample has them.
    let followerIDs: Column?
    /// The 95 % Wilson interval of the share the rules flag.
    let interval: (lower: Double, upper: Double)
    /// The audited account's follower count the real audience is computed from.
    let accountFollowers: Int
    /// The first-digit test of the followers' follower counts, nil without positive counts.
    let benford: BenfordTest?
    /// The known labels (true is fake), when a label column was given.
    let labels: [Bool?]?

    /// The confidence of the interval.
    static let confidence = 0.95

    /// The share of examined followers the rules flag.
    var fakeShare: Double { Double(audit.likelyFake) / Double(audit.examined) }

    /// The followers the leading method examined and flagged: the model's when there is one, else the rules'.
    var headline: (examined: Int, flagged: Int, share: Double, interval: (lower: Double, upper: Double),
                   threshold: Double) {
        guard let assessment else { return (audit.examined, audit.likelyFake, fakeShare, interval, audit.threshold) }
        let examined = assessment.probabilities.count, flagged = assessment.flagged
        let wilson = WilsonInterval.of(successes: flagged, trials: examined, confidence: Self.confidence) ?? (0, 1)
        return (examined, flagged, Double(flagged) / Double(max(1, examined)), wilson, assessment.threshold)
    }

    /// The share the real audience is computed from, with its interval: the model's adjusted share when it is
    /// given, else the leading method's share.
    var quotedShare: (share: Double, lower: Double, upper: Double) {
        if let adjusted = assessment?.adjusted, let bounds = adjusted.interval {
            return (adjusted.adjustedShare, bounds.lower, bounds.upper)
        }
        return (headline.share, headline.interval.lower, headline.interval.upper)
    }

    /// The real audience: account followers × (1 − the quoted share).
    var realAudience: Double { Double(accountFollowers) * (1 - quotedShare.share) }

    /// The real audience at the interval's ends: (from the upper share, from the lower share).
    var realAudienceRange: (lower: Double, upper: Double) {
        (Double(accountFollowers) * (1 - quotedShare.upper), Double(accountFollowers) * (1 - quotedShare.lower))
    }

    /// How the leading verdicts agree with the labels, when there are labels.
    var agreement: ConfusionCounts? {
        labels.map { ConfusionCounts(predicted: assessment.map { $0.verdicts.map(Optional.some) } ?? audit.verdicts,
                                     actual: $0) }
    }

    /// How the rules' verdicts agree with the labels, when there are labels and a model leads.
    var rulesAgreement: ConfusionCounts? {
        guard assessment != nil else { return nil }
        return labels.map { ConfusionCounts(predicted: audit.verdicts, actual: $0) }
    }

    /// The share of the followers below which an indicator counts as evaluated on too few to report its share.
    static let sparseShare = 0.05

    /// Whether the applied indicator at `index` could be evaluated on fewer than `sparseShare` of the followers.
    func isSparse(_ index: Int) -> Bool {
        Double(audit.tally(ofIndicatorAt: index).evaluated) < Self.sparseShare * Double(audit.signs[index].count)
    }

    /// How one applied indicator's signs alone agree with the labels, when there are labels.
    func indicatorAgreement(_ index: Int) -> ConfusionCounts? {
        labels.map { ConfusionCounts(predicted: audit.signs[index], actual: $0) }
    }
}
