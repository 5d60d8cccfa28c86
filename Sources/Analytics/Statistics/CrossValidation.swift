/// Out-of-fold predictions of the logistic pipeline, as sklearn's cross_val_predict(pipeline, X, y,
/// cv=PredefinedSplit(folds), method='predict_proba') gives them.
public enum CrossValidation {
    /// Each row's probability from the pipeline (imputation, standardisation and regression all refitted) fitted
    /// on the rows of the other folds. `folds` holds one fold number in 0..<K per row, every fold used, K ≥ 2
    /// (`StratifiedFolds.assign` makes one). Throws `.invalidFolds` for other folds, `.singleClassInFold` when
    /// the training rows of a fold hold one class only, else as `LogisticPipeline.fit` (row numbers are the
    /// rows' own).
    public static func outOfFoldProbabilities(rows: [[Double?]], labels: [Bool], folds: [Int],
                                              inverseRegularisation: Double = 1) throws(ClassifierFailure)
        -> [Double] {
        guard !rows.isEmpty, rows.count == labels.count else { throw .rowsAndLabelsDiffer }
        try FeatureRows.check(rows, width: rows[0].count) { $0 }
        guard folds.count == rows.count, folds.allSatisfy({ $0 >= 0 && $0 < rows.count }) else { throw .invalidFolds }
        let foldCount = (folds.max() ?? 0) + 1
        guard foldCount >= 2, Set(folds).count == foldCount else { throw .invalidFolds }
        var probabilities = [Double](repeating: 0, count: rows.count)
        for fold in 0..<foldCount {
            let training = rows.indices.filter { folds[$0] != fold }
            let held = rows.indices.filter { folds[$0] == fold }
            let trainingLabels = training.map { labels[$0] }
            guard trainingLabels.contains(true), trainingLabels.contains(false) else {
                throw .singleClassInFold(fold: fold)
            }
            let pipeline = try LogisticPipeline.fit(rows: training.map { rows[$0] }, labels: trainingLabels,
                                                    inverseRegularisation: inverseRegularisation)
            for (row, probability) in zip(held, try pipeline.probabilities(held.map { rows[$0] })) {
                probabilities[row] = probability
            }
        }
        return probabilities
    }
}
