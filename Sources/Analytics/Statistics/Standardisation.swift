/// Columns centred on their mean and divided by their population standard deviation (ddof = 0), a constant column
/// by 1 (like sklearn's StandardScaler()).
public struct Standardisation: Sendable, Equatable {
    /// The training mean of each column.
    public let means: [Double]
    /// The divisor of each column: the training standard deviation, or 1 for a column sklearn deems constant.
    public let scales: [Double]

    /// A stored standardisation; nil when the counts differ, a mean is not finite or a scale not positive and finite.
    public init?(means: [Double], scales: [Double]) {
        guard means.count == scales.count, means.allSatisfy(\.isFinite),
              scales.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        self.means = means
        self.scales = scales
    }

    /// Fitted on at least one training row of `width` finite values. As sklearn: the variance is
    /// (Σd² − (Σd)²/n)/n with d = x − mean, and a column is constant when its variance is at most
    /// n·ε·variance + (n·mean·ε)², ε the spacing of doubles at 1.
    init(fitting rows: [[Double]], width: Int) {
        let n = Double(rows.count)
        var means: [Double] = []
        var scales: [Double] = []
        for column in 0..<width {
            let mean = rows.reduce(0) { $0 + $1[column] } / n
            var deviations = 0.0, squares = 0.0
            for row in rows {
                deviations += row[column] - mean
                squares += (row[column] - mean) * (row[column] - mean)
            }
            let variance = (squares - deviations * deviations / n) / n
            let epsilon = Double.ulpOfOne
            let isConstant = variance <= n * epsilon * variance + (n * mean * epsilon) * (n * mean * epsilon)
            means.append(mean)
            scales.append(isConstant ? 1 : variance.squareRoot())
        }
        self.means = means
        self.scales = scales
    }

    /// The row standardised; nil when its width is not the means'.
    public func apply(_ row: [Double]) -> [Double]? {
        guard row.count == means.count else { return nil }
        return row.indices.map { (row[$0] - means[$0]) / scales[$0] }
    }
}
