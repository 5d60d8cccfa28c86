/// Median imputation with missing-value indicators, standardisation and an L2 logistic regression, fitted and applied
/// as one (like sklearn's Pipeline([SimpleImputer(strategy='median', add_indicator=True), StandardScaler(),
/// LogisticRegression(C=C, solver='newton-cholesky')]) run to convergence).
public struct LogisticPipeline: Sendable, Equatable {
    /// The medians and indicators fitted on the training rows.
    public let imputation: MedianImputation
    /// The means and scales of the imputed training columns (features, then indicators).
    public let standardisation: Standardisation
    /// The regression on the standardised columns: its odds ratios are per standard deviation.
    public let regression: LogisticRegression

    /// A stored pipeline; nil when the parts' widths do not fit together.
    public init?(imputation: MedianImputation, standardisation: Standardisation, regression: LogisticRegression) {
        guard standardisation.means.count == imputation.outputWidth,
              regression.coefficients.count == imputation.outputWidth else { return nil }
        self.init(checked: imputation, standardisation, regression)
    }

    /// Parts whose widths are known to fit.
    private init(checked imputation: MedianImputation, _ standardisation: Standardisation,
                 _ regression: LogisticRegression) {
        self.imputation = imputation
        self.standardisation = standardisation
        self.regression = regression
    }

    /// The pipeline fitted on training rows (nil marks a missing value) and their labels (true = the class whose
    /// probability is modelled); C = `inverseRegularisation`. Throws as `LogisticRegression.fit` does.
    public static func fit(rows: [[Double?]], labels: [Bool], inverseRegularisation: Double = 1)
        throws(ClassifierFailure) -> LogisticPipeline {
        guard !rows.isEmpty, rows.count == labels.count else { throw .rowsAndLabelsDiffer }
        let width = rows[0].count
        try FeatureRows.check(rows, width: width) { $0 }
        let imputation = MedianImputation(fitting: rows, width: width)
        let imputed = try rows.enumerated().map { index, row throws(ClassifierFailure) in
            guard let values = imputation.apply(row) else { throw .unevenRow(row: index) }
            return values
        }
        let standardisation = Standardisation(fitting: imputed, width: imputation.outputWidth)
        let standardised = try imputed.enumerated().map { index, row throws(ClassifierFailure) in
            guard let values = standardisation.apply(row) else { throw .unevenRow(row: index) }
            return values
        }
        let regression = try LogisticRegression.fit(rows: standardised, labels: labels,
                                                    inverseRegularisation: inverseRegularisation)
        return LogisticPipeline(checked: imputation, standardisation, regression)
    }

    /// The probability of the modelled class for each row, with the stored medians, means and scales; throws when
    /// a row's width is not the model's or a present value is not finite.
    public func probabilities(_ rows: [[Double?]]) throws(ClassifierFailure) -> [Double] {
        try FeatureRows.check(rows, width: imputation.medians.count) { $0 }
        return try rows.enumerated().map { index, row throws(ClassifierFailure) in
            let imputed = imputation.apply(row)
            guard let probability = imputed.flatMap(standardisation.apply).flatMap(regression.probability) else {
                throw .unevenRow(row: index)
            }
            return probability
        }
    }
}
