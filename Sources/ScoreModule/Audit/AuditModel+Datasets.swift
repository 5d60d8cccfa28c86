import Analytics
import Foundation
import RapportCore

/// A learned audit's model as the three workspace datasets `MODEL`, `MODEL-evaluation` and `MODEL-folds`, and back.
extension AuditModel {
    /// The names of the evaluation and folds datasets of a model dataset.
    static func companionNames(of name: String) -> (evaluation: String, folds: String) {
        (name + "-evaluation", name + "-folds")
    }

    /// One row per pipeline column (features, then missing-value indicators) and the intercept, sorted by the size
    /// of the coefficient: feature, kind (feature, missing, intercept), role or column, what it reads (in
    /// `language`), the training median, mean, scale, coefficient and odds ratio per standard deviation.
    func modelDataset(named name: String, language: Language) -> Dataset {
        let regression = pipeline.regression, imputation = pipeline.imputation
        var rows: [(feature: String, kind: String, source: FollowerFeature, reads: Message, median: Double?,
                    column: Int)] = []
        for (index, feature) in features.enumerated() {
            rows.append((feature.name, "feature", feature, Words.featureReads(feature), imputation.medians[index],
                         index))
        }
        for (offset, index) in imputation.indicatedFeatures.enumerated() {
            let feature = features[index]
            rows.append((feature.name + "_missing", "missing", feature, Words.featureMissingReads(feature), nil,
                         features.count + offset))
        }
        rows.sort { abs(regression.coefficients[$0.column]) > abs(regression.coefficients[$1.column]) }
        /// The role of a row's source, or nil.
        func role(_ source: FollowerFeature) -> String? {
            if case .role(let role) = source { return role.rawValue }
            return nil
        }
        /// The column of a row's source, or nil.
        func column(_ source: FollowerFeature) -> String? {
            if case .column(let name) = source { return name }
            return nil
        }
        let means = pipeline.standardisation.means, scales = pipeline.standardisation.scales
        return Dataset(name: name, columns: [
            Column.text("feature", rows.map(\.feature) + ["intercept"]),
            Column.text("kind", rows.map(\.kind) + ["intercept"]),
            Column.text("role", rows.map { role($0.source) } + [nil]),
            Column.text("column", rows.map { column($0.source) } + [nil]),
            Column.text("reads", rows.map { $0.reads.text(language) } + [Words.interceptReads.text(language)]),
            Column.decimal("median", rows.map(\.median) + [nil]),
            Column.decimal("mean", rows.map { means[$0.column] } + [nil]),
            Column.decimal("scale", rows.map { scales[$0.column] } + [nil]),
            Column.decimal("coefficient", rows.map { regression.coefficients[$0.column] } + [regression.intercept]),
            Column.decimal("odds_ratio", rows.map { Foundation.exp(regression.coefficients[$0.column]) } + [nil]),
        ], kind: .auditModel)
    }

    /// The cross-validated figures at probability 0.5 as `measure, value, low, high, text` rows: accuracy,
    /// precision, recall, F1, sensitivity, specificity (Wilson intervals), the ROC area (bootstrap interval), the
    /// confusion counts, the training sample's name, size and fakes, the folds, the seed and the platform.
    func evaluationDataset(named name: String) -> Dataset {
        let counts = validationCounts(threshold: 0.5)
        let measures = ClassificationMeasures(counts)
        var rows: [(String, Double?, Double?, Double?, String?)] = []
        for (measure, estimate) in [("accuracy", measures.accuracy), ("precision", measures.precision),
                                    ("recall", measures.recall), ("f1", measures.f1),
                                    ("sensitivity", measures.sensitivity), ("specificity", measures.specificity),
                                    ("roc_auc", rocArea)] {
            rows.append((measure, estimate?.estimate, estimate?.lower, estimate?.upper, nil))
        }
        for (measure, count) in [("true_positives", counts.truePositives), ("false_positives", counts.falsePositives),
                                 ("true_negatives", counts.trueNegatives), ("false_negatives", counts.falseNegatives),
                                 ("training_rows", outOfFold.count), ("training_fake", trainingFake),
                                 ("folds", folds)] {
            rows.append((measure, Double(count), nil, nil, nil))
        }
        rows += [("threshold", 0.5, nil, nil, nil), ("regularisation_c", 1, nil, nil, nil),
                 ("seed", Double(exactly: seed), nil, nil, String(seed)),
                 ("training_sample", nil, nil, nil, trainingSample), ("platform", nil, nil, nil, platform)]
        return Dataset(name: name, columns: [
            Column.text("measure", rows.map(\.0)), Column.decimal("value", rows.map(\.1)),
            Column.decimal("low", rows.map(\.2)), Column.decimal("high", rows.map(\.3)),
            Column.text("text", rows.map(\.4)),
        ], kind: .audit)
    }

    /// One row per training follower: its row number (from 1), fold (from 1), label and out-of-fold probability.
    func foldsDataset(named name: String) -> Dataset {
        let labels = outOfFold.map(\.isFake)
        let assignment = StratifiedFolds.assign(labels: labels, folds: folds, seed: seed)
            ?? [Int](repeating: 0, count: labels.count)
        return Dataset(name: name, columns: [
            Column.integer("row", labels.indices.map { Int64($0 + 1) }),
            Column.integer("fold", assignment.map { Int64($0 + 1) }),
            Column(name: "labelled_fake", data: .from(cells: labels.map(Cell.boolean), as: .boolean)),
            Column.decimal("probability", outOfFold.map(\.probability)),
        ], kind: .audit)
    }

    /// The model stored in the three datasets; an error names the dataset and what is wrong with it.
    static func read(model: Dataset, evaluation: Dataset, folds: Dataset) throws -> AuditModel {
        /// The error for a damaged model dataset.
        func damaged(_ dataset: Dataset, _ what: String) -> RapportError {
            RapportError(Words.badAuditModel(dataset.name, what: what))
        }
        /// The cells of a column of `dataset` as numbers.
        func numbers(_ dataset: Dataset, _ name: String) throws -> [Double?] {
            guard let column = dataset.column(named: name) else { throw damaged(dataset, name) }
            return (0..<column.count).map { column.data[$0].number }
        }
        /// The cells of a column of `dataset` as text.
        func texts(_ dataset: Dataset, _ name: String) throws -> [String?] {
            guard let column = dataset.column(named: name) else { throw damaged(dataset, name) }
            return (0..<column.count).map { row in
                if case .text(let value) = column.data[row] { return value }
                return nil
            }
        }
        let kinds = try texts(model, "kind"), roles = try texts(model, "role"), columns = try texts(model, "column")
        let medians = try numbers(model, "median"), means = try numbers(model, "mean")
        let scales = try numbers(model, "scale"), coefficients = try numbers(model, "coefficient")
        var features: [FollowerFeature] = [], featureRows: [Int] = [], indicatorRows: [(feature: Int, row: Int)] = []
        var pending: [(source: FollowerFeature, row: Int)] = []
        var intercept: Double?
        for row in 0..<model.rowCount {
            let source: FollowerFeature?
            if let role = roles[row] {
                source = ColumnRole(rawValue: role).flatMap { FollowerFeature.roles.contains($0) ? .role($0) : nil }
            } else {
                source = columns[row].map(FollowerFeature.column)
            }
            switch kinds[row] {
            case "intercept": intercept = coefficients[row]
            case "feature":
                guard let source, !features.contains(source) else { throw damaged(model, "role, column") }
                features.append(source)
                featureRows.append(row)
            case "missing":
                guard let source else { throw damaged(model, "role, column") }
                pending.append((source, row))
            default: throw damaged(model, "kind")
            }
        }
        for (source, row) in pending {
            guard let feature = features.firstIndex(of: source) else { throw damaged(model, "kind") }
            indicatorRows.append((feature, row))
        }
        indicatorRows.sort { $0.feature < $1.feature }
        let columnRows = featureRows + indicatorRows.map(\.row)
        /// The values of a column at the pipeline's rows, all present.
        func present(_ values: [Double?], _ rows: [Int], _ name: String) throws -> [Double] {
            try rows.map { row in
                guard let value = values[row] else { throw damaged(model, name) }
                return value
            }
        }
        let outOfFold = try readOutOfFold(folds, damaged: damaged)
        let evaluationMeasures = try texts(evaluation, "measure"), evaluationTexts = try texts(evaluation, "text")
        let evaluationValues = try numbers(evaluation, "value")
        /// The text and value of an evaluation row.
        func entry(_ measure: String) -> (text: String?, value: Double?) {
            guard let row = evaluationMeasures.firstIndex(of: measure) else { return (nil, nil) }
            return (evaluationTexts[row], evaluationValues[row])
        }
        guard let intercept,
              let imputation = MedianImputation(medians: try present(medians, featureRows, "median"),
                                                indicatedFeatures: indicatorRows.map(\.feature)),
              let standardisation = Standardisation(means: try present(means, columnRows, "mean"),
                                                    scales: try present(scales, columnRows, "scale")),
              let pipeline = LogisticPipeline(
                imputation: imputation, standardisation: standardisation,
                regression: LogisticRegression(coefficients: try present(coefficients, columnRows, "coefficient"),
                                               intercept: intercept)) else { throw damaged(model, "coefficient") }
        guard let seed = entry("seed").text.flatMap({ UInt64($0) }),
              let foldCount = entry("folds").value.flatMap({ Int(exactly: $0) }) else {
            throw damaged(evaluation, "seed, folds")
        }
        guard let stored = AuditModel(name: model.name, platform: entry("platform").text,
                                      trainingSample: entry("training_sample").text ?? "", features: features,
                                      pipeline: pipeline, folds: foldCount, seed: seed, outOfFold: outOfFold) else {
            throw damaged(folds, "probability")
        }
        return stored
    }

    /// The labels and out-of-fold probabilities of a folds dataset, every cell present.
    private static func readOutOfFold(_ folds: Dataset, damaged: (Dataset, String) -> RapportError) throws
        -> [(isFake: Bool, probability: Double)] {
        guard let labels = folds.column(named: "labelled_fake"), let probabilities = folds.column(named: "probability")
        else { throw damaged(folds, "labelled_fake, probability") }
        return try (0..<folds.rowCount).map { row in
            guard case .boolean(let isFake) = labels.data[row], let probability = probabilities.data[row].number else {
                throw damaged(folds, "labelled_fake, probability")
            }
            return (isFake, probability)
        }
    }
}
