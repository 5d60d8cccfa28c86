import RapportCore

/// A follower sample scored against weighted indicators: per follower the share of the weight whose sign shows.
///
/// A follower's score is Σ weight × sign / Σ weight over the indicators that could be evaluated for it
/// (its values present); it is likely fake when the score reaches the threshold. An indicator whose
/// role the sample lacks is skipped for everyone, never counted as "no sign".
public struct AuthenticityAudit: Sendable {
    /// An indicator the sample could not evaluate, and the roles it lacks.
    public struct Skipped: Sendable {
        /// The indicator.
        public let indicator: AuthenticityIndicator
        /// The roles the sample lacks.
        public let missingRoles: [ColumnRole]
    }

    /// The indicators evaluated, in the order given.
    public let applied: [WeightedIndicator]
    /// The indicators skipped for missing roles.
    public let skipped: [Skipped]
    /// Per applied indicator, per follower: whether its sign shows (nil where a value was missing).
    public let signs: [[Bool?]]
    /// Per follower: the weighted share of signs (nil when no indicator could be evaluated).
    public let scores: [Double?]
    /// Per follower: whether it is likely fake (nil when it has no score).
    public let verdicts: [Bool?]
    /// The score from which a follower counts as likely fake.
    public let threshold: Double

    /// Scores every follower of `sample`.
    public init(sample: FollowerSample, indicators: [WeightedIndicator], threshold: Double) {
        var applied: [WeightedIndicator] = []
        var skipped: [Skipped] = []
        for weighted in indicators {
            let missing = weighted.indicator.missingRoles(in: sample)
            if missing.isEmpty {
                applied.append(weighted)
            } else {
                skipped.append(Skipped(indicator: weighted.indicator, missingRoles: missing))
            }
        }
        let signs = applied.map { weighted in (0..<sample.count).map { weighted.indicator.test(sample, $0) } }
        var scores: [Double?] = []
        scores.reserveCapacity(sample.count)
        for row in 0..<sample.count {
            var weightEvaluated = 0.0
            var weightShowing = 0.0
            for (index, weighted) in applied.enumerated() {
                guard let sign = signs[index][row] else { continue }
                weightEvaluated += weighted.weight
                if sign { weightShowing += weighted.weight }
            }
            scores.append(weightEvaluated > 0 ? weightShowing / weightEvaluated : nil)
        }
        self.applied = applied
        self.skipped = skipped
        self.signs = signs
        self.scores = scores
        self.verdicts = scores.map { score in score.map { $0 >= threshold } }
        self.threshold = threshold
    }

    /// The followers that have a score.
    public var examined: Int { verdicts.filter { $0 != nil }.count }

    /// The followers that are likely fake.
    public var likelyFake: Int { verdicts.filter { $0 == true }.count }

    /// How many followers show an applied indicator's sign, and for how many it could be evaluated.
    public func tally(ofIndicatorAt index: Int) -> (showing: Int, evaluated: Int) {
        let evaluated = signs[index].compactMap { $0 }
        return (evaluated.filter { $0 }.count, evaluated.count)
    }
}
