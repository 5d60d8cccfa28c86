/// Missing feature values replaced by their training median, plus a 0/1 "was missing" column for each feature that
/// had missing values in training (like sklearn's SimpleImputer(strategy='median', add_indicator=True)).
public struct MedianImputation: Sendable, Equatable {
    /// Per feature the value that replaces a missing one: the median of its training values (numpy's, the mean of
    /// the two middle values for an even count), or 0 when training had none (sklearn's keep_empty_features=True;
    /// its default drops such a feature, which gives the same probabilities: the column is constant).
    public let medians: [Double]
    /// The features (0-based, ascending) with a missing value in training; each adds a column after the features,
    /// in this order: 1 where that feature is missing, else 0 (a new sample's other missing values get no column).
    public let indicatedFeatures: [Int]

    /// A stored imputation; nil when a median is not finite or the indicated features are not strictly ascending
    /// indices of the medians.
    public init?(medians: [Double], indicatedFeatures: [Int]) {
        guard medians.allSatisfy(\.isFinite), indicatedFeatures.allSatisfy({ medians.indices.contains($0) }),
              zip(indicatedFeatures, indicatedFeatures.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.medians = medians
        self.indicatedFeatures = indicatedFeatures
    }

    /// Fitted on training rows of `width` features each, whose present values are finite (`FeatureRows.check`).
    init(fitting rows: [[Double?]], width: Int) {
        var medians: [Double] = []
        var indicated: [Int] = []
        for feature in 0..<width {
            let present = rows.compactMap { $0[feature] }
            medians.append(Quantile.median(present) ?? 0)
            if present.count < rows.count { indicated.append(feature) }
        }
        self.medians = medians
        self.indicatedFeatures = indicated
    }

    /// How many columns an imputed row has: the features, then the indicators.
    public var outputWidth: Int { medians.count + indicatedFeatures.count }

    /// The row with its missing values replaced, followed by the indicators; nil when its width is not the medians'.
    public func apply(_ row: [Double?]) -> [Double]? {
        guard row.count == medians.count else { return nil }
        let imputed = zip(row, medians).map { value, median in value ?? median }
        return imputed + indicatedFeatures.map { row[$0] == nil ? 1 : 0 }
    }
}
