import Analytics
import RapportCore

/// A model shipped with rapport, as scripts/make_audit_models.py writes it: the fitted pipeline's numbers and the
/// out-of-fold evidence of its training sample.
struct BuiltinAuditModel: Sendable {
    /// The name `--model` takes.
    let name: String
    /// The platform whose follower samples it is for.
    let platform: String
    /// The import preset whose roles it reads: a sample imported with it is of the model's platform.
    let preset: String
    /// Where its training sample comes from.
    let trainingSample: String
    /// The SHA-256 of the file it was trained on, to tell when an audited sample is its training data.
    let trainingFileSHA256: String
    /// The features, in the pipeline's order.
    let features: [FollowerFeature]
    /// The pipeline's training medians, means, scales (features, then indicators), coefficients and intercept.
    let medians: [Double], means: [Double], scales: [Double], coefficients: [Double], intercept: Double
    /// The folds and seed of the cross-validation.
    let folds: Int, seed: UInt64
    /// The features with a missing-value indicator.
    let indicatedFeatures: [Int]
    /// The training labels as lines of 0 (real) and 1 (fake), in row order.
    let outOfFoldLabels: [String]
    /// The out-of-fold probabilities, in row order.
    let outOfFoldProbabilities: [Double]

    /// The model; nil only if the generated numbers do not fit together (a test checks they do).
    var model: AuditModel? {
        let labels = outOfFoldLabels.joined().map { $0 == "1" }
        guard labels.count == outOfFoldProbabilities.count,
              let imputation = MedianImputation(medians: medians, indicatedFeatures: indicatedFeatures),
              let standardisation = Standardisation(means: means, scales: scales),
              let pipeline = LogisticPipeline(imputation: imputation, standardisation: standardisation,
                                              regression: LogisticRegression(coefficients: coefficients,
                                                                             intercept: intercept)) else { return nil }
        return AuditModel(name: name, platform: platform, trainingSample: trainingSample, features: features,
                          pipeline: pipeline, folds: folds, seed: seed,
                          outOfFold: Array(zip(labels, outOfFoldProbabilities)))
    }
}

/// The models rapport ships, by name and platform.
enum BuiltinAuditModels {
    /// Every built-in model.
    static let all: [BuiltinAuditModel] = [instagram]

    /// The built-in model with this name.
    static func named(_ name: String) -> AuditModel? {
        all.first { $0.name == name }?.model
    }

    /// The SHA-256 of the file the built-in model of this name was trained on.
    static func trainingFileSHA256(ofModel name: String) -> String? {
        all.first { $0.name == name }?.trainingFileSHA256
    }

    /// The built-in model for follower samples of this platform.
    static func forPlatform(_ platform: String) -> AuditModel? {
        all.first { $0.platform == platform }?.model
    }
}
