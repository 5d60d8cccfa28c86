import Analytics
import RapportCore

/// Everything one run of `audit` found: the scored sample, the fake share and real audience, the
/// first-digit test and, with labels, how the rules agree with them.
struct AuditOutcome {
    /// The scored sample.
    let audit: AuthenticityAudit
    /// The followers' ids (role `follower_id`), if the sample has them.
    let followerIDs: Column?
    /// The 95 % Wilson interval of the fake share.
    let interval: (lower: Double, upper: Double)
    /// The audited account's follower count the real audience is computed from.
    let accountFollowers: Int
    /// The first-digit test of the followers' follower counts, nil without positive counts.
    let benford: BenfordTest?
    /// The known labels (true is fake), when a label column was given.
    let labels: [Bool?]?

    /// The confidence of the interval.
    static let confidence = 0.95

    /// The share of examined followers that are likely fake.
    var fakeShare: Double { Double(audit.likelyFake) / Double(audit.examined) }

    /// The real audience: account followers × (1 − fake share).
    var realAudience: Double { Double(accountFollowers) * (1 - fakeShare) }

    /// The real audience at the interval's ends: (from the upper share, from the lower share).
    var realAudienceRange: (lower: Double, upper: Double) {
        (Double(accountFollowers) * (1 - interval.upper), Double(accountFollowers) * (1 - interval.lower))
    }

    /// How the verdicts agree with the labels, when there are labels.
    var agreement: ConfusionCounts? {
        labels.map { ConfusionCounts(predicted: audit.verdicts, actual: $0) }
    }

    /// How one applied indicator's signs alone agree with the labels, when there are labels.
    func indicatorAgreement(_ index: Int) -> ConfusionCounts? {
        labels.map { ConfusionCounts(predicted: audit.signs[index], actual: $0) }
    }
}
