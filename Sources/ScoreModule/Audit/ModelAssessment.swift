import Analytics
import RapportCore

/// A learned model applied to a follower sample: each follower's probability of being fake, the verdicts at a
/// threshold, and the fake share three ways (adjusted, mean probability, raw).
struct ModelAssessment {
    /// The probability from which a follower counts as likely fake when `--threshold` is not given.
    static let defaultThreshold = 0.5

    /// The model applied.
    let model: AuditModel
    /// Whether it is one rapport ships rather than one of the workspace.
    let isBuiltin: Bool
    /// Whether the audited sample is the model's training data, so that agreement with its labels is in-sample.
    let isInSample: Bool
    /// The probability from which a follower counts as likely fake.
    let threshold: Double
    /// Per follower: the probability of being fake.
    let probabilities: [Double]
    /// The model's out-of-fold confusion counts at the threshold.
    let validation: ConfusionCounts
    /// The share of verdicts corrected by the validation counts (Rogan–Gladen), or why it is not given.
    let adjustment: Result<RoganGladen.Adjustment, RoganGladen.Refusal>

    /// Scores the rows (the model's features per follower) and corrects the share of verdicts; the interval's
    /// bootstrap starts from `seed`. Throws as `LogisticPipeline.probabilities` does.
    init(model: AuditModel, isBuiltin: Bool, isInSample: Bool, rows: [[Double?]], threshold: Double, seed: UInt64)
        throws(ClassifierFailure) {
        self.model = model
        self.isBuiltin = isBuiltin
        self.isInSample = isInSample
        self.threshold = threshold
        probabilities = try model.pipeline.probabilities(rows)
        validation = model.validationCounts(threshold: threshold)
        let flagged = probabilities.filter { $0 >= threshold }.count
        adjustment = RoganGladen.adjust(flagged: flagged, scored: probabilities.count, validation: validation,
                                        seed: seed, confidence: AuditOutcome.confidence)
    }

    /// Per follower: whether it is likely fake.
    var verdicts: [Bool] { probabilities.map { $0 >= threshold } }

    /// The followers likely fake.
    var flagged: Int { probabilities.filter { $0 >= threshold }.count }

    /// The mean probability of being fake.
    var meanProbability: Double { probabilities.reduce(0, +) / Double(max(1, probabilities.count)) }

    /// The model's cross-validated measures at the threshold.
    var validationMeasures: ClassificationMeasures { ClassificationMeasures(validation) }

    /// The adjusted share, when it is given.
    var adjusted: RoganGladen.Adjustment? {
        if case .success(let adjustment) = adjustment { return adjustment }
        return nil
    }
}
