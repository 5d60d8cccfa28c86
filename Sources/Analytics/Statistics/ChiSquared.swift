/// The chi-squared distribution and the chi-squared tests built on it.
public enum ChiSquared {
    /// P(X > x) for X chi-squared with the given degrees of freedom (> 0), via Q(ν/2, x/2); 1 for x ≤ 0.
    public static func survival(_ x: Double, degreesOfFreedom: Double) -> Double {
        guard degreesOfFreedom > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.upper(degreesOfFreedom / 2, x / 2)
    }

    /// Pearson's goodness-of-fit test of observed against expected counts, df = k − 1 (like scipy.stats.chisquare).
    /// Callers check their input: counts of different lengths or fewer than two categories give NaN statistic and p.
    public static func test(observed: [Double], expected: [Double]) -> (statistic: Double, degreesOfFreedom: Int, p: Double) {
        let degreesOfFreedom = max(observed.count - 1, 0)
        guard observed.count == expected.count, observed.count >= 2 else {
            return (.nan, degreesOfFreedom, .nan)
        }
        var statistic = 0.0
        for index in observed.indices {
            let difference = observed[index] - expected[index]
            statistic += difference * difference / expected[index]
        }
        return (statistic, degreesOfFreedom, survival(statistic, degreesOfFreedom: Double(degreesOfFreedom)))
    }

    /// Pearson's test of independence on an r×c table of counts, without continuity correction
    /// (like scipy.stats.chi2_contingency(table, correction=False)); df = (r − 1)(c − 1), and a table with
    /// df = 0 gives statistic 0 and p 1. Nil when the table is empty or ragged, has a negative or non-finite
    /// count, or has a row or column summing to zero (an expected count of zero).
    public static func independence(_ table: [[Double]]) -> (statistic: Double, degreesOfFreedom: Int, p: Double)? {
        guard let columnCount = table.first?.count, columnCount > 0,
              table.allSatisfy({ $0.count == columnCount }),
              table.allSatisfy({ row in row.allSatisfy { $0 >= 0 && $0.isFinite } }) else { return nil }
        let rowSums = table.map { $0.reduce(0, +) }
        var columnSums = [Double](repeating: 0, count: columnCount)
        for row in table { for column in 0..<columnCount { columnSums[column] += row[column] } }
        guard rowSums.allSatisfy({ $0 > 0 }), columnSums.allSatisfy({ $0 > 0 }) else { return nil }
        let total = rowSums.reduce(0, +)
        let degreesOfFreedom = (table.count - 1) * (columnCount - 1)
        if degreesOfFreedom == 0 { return (0, 0, 1) }
        var statistic = 0.0
        for (rowIndex, row) in table.enumerated() {
            for column in 0..<columnCount {
                let expected = rowSums[rowIndex] * columnSums[column] / total
                let difference = row[column] - expected
                statistic += difference * difference / expected
            }
        }
        return (statistic, degreesOfFreedom, survival(statistic, degreesOfFreedom: Double(degreesOfFreedom)))
    }
}
