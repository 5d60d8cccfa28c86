/// A learned audit: the logistic pipeline on follower features, with the out-of-fold evidence of how well it tells
/// fake followers from real ones.
public struct AuditModel: Sendable {
    /// The model's name (a workspace dataset's or a built-in's).
    public let name: String
    /// The platform whose follower samples it was trained on, when known.
    public let platform: String?
    /// What it was trained on: a dataset's name or a built-in model's source.
    public let trainingSample: String
    /// The features, in the pipeline's column order.
    public let features: [FollowerFeature]
    /// Imputation, standardisation and regression, fitted on all training rows.
    public let pipeline: LogisticPipeline
    /// The folds of the cross-validation and the seed that assigned them.
    public let folds: Int, seed: UInt64
    /// Per training row: its label (true = fake) and the probability the pipeline fitted without its fold gave it.
    public let outOfFold: [(isFake: Bool, probability: Double)]

    /// A model from its parts; nil when the features are not the pipeline's width, there is no out-of-fold row,
    /// or a probability lies outside 0...1.
    public init?(name: String, platform: String?, trainingSample: String, features: [FollowerFeature],
                 pipeline: LogisticPipeline, folds: Int, seed: UInt64,
                 outOfFold: [(isFake: Bool, probability: Double)]) {
        guard features.count == pipeline.imputation.medians.count, !outOfFold.isEmpty,
              outOfFold.allSatisfy({ $0.probability >= 0 && $0.probability <= 1 }) else { return nil }
        self.name = name
        self.platform = platform
        self.trainingSample = trainingSample
        self.features = features
        self.pipeline = pipeline
        self.folds = folds
        self.seed = seed
        self.outOfFold = outOfFold
    }

    /// Fits the pipeline (C = 1) on the rows with a label and cross-validates it in `folds` stratified folds
    /// assigned from `seed`; throws as `LogisticPipeline.fit` and `CrossValidation` do, `.invalidFolds` when the
    /// labelled rows are fewer than the folds or K < 2.
    public static func train(name: String, platform: String?, trainingSample: String, features: [FollowerFeature],
                             rows: [[Double?]], labels: [Bool], folds: Int, seed: UInt64)
        throws(ClassifierFailure) -> AuditModel {
        guard let assignment = StratifiedFolds.assign(labels: labels, folds: folds, seed: seed) else {
            throw .invalidFolds
        }
        let pipeline = try LogisticPipeline.fit(rows: rows, labels: labels)
        let probabilities = try CrossValidation.outOfFoldProbabilities(rows: rows, labels: labels, folds: assignment)
        guard let model = AuditModel(name: name, platform: platform, trainingSample: trainingSample, features: features,
                                     pipeline: pipeline, folds: folds, seed: seed,
                                     outOfFold: Array(zip(labels, probabilities))) else { throw .rowsAndLabelsDiffer }
        return model
    }

    /// The out-of-fold confusion counts at a probability threshold (fake from `threshold` up).
    public func validationCounts(threshold: Double) -> ConfusionCounts {
        ConfusionCounts(predicted: outOfFold.map { $0.probability >= threshold }, actual: outOfFold.map(\.isFake))
    }

    /// The ROC area of the out-of-fold probabilities with its stratified bootstrap interval from the model's seed;
    /// nil when a class is missing.
    public var rocArea: (estimate: Double, lower: Double, upper: Double)? {
        ROCArea.bootstrap(scores: outOfFold.map(\.probability), labels: outOfFold.map(\.isFake), seed: seed)
    }

    /// The number of training rows labelled fake.
    public var trainingFake: Int { outOfFold.filter(\.isFake).count }
}
