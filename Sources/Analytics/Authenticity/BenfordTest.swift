import Foundation

/// The first-digit (Benford) test of a set of counts: Pearson's χ² with 8 degrees of freedom and Nigrini's
/// mean absolute deviation (MAD) of the digit shares, with Nigrini's conformity range.
public struct BenfordTest: Sendable {
    /// How the MAD of first digits compares with Nigrini's ranges (Nigrini 2012).
    public enum Conformity: String, Sendable {
        /// MAD ≤ 0.006.
        case close
        /// 0.006 < MAD ≤ 0.012.
        case acceptable
        /// 0.012 < MAD ≤ 0.015.
        case marginal
        /// MAD > 0.015.
        case nonconformity

        /// The range a MAD falls in.
        public init(mad: Double) {
            if mad <= 0.006 { self = .close } else if mad <= 0.012 { self = .acceptable } else if mad <= 0.015 {
                self = .marginal
            } else { self = .nonconformity }
        }
    }

    /// How many values start with 1 … 9 (index 0 is digit 1).
    public let counts: [Int]
    /// The values tested (positive values only).
    public let total: Int
    /// Benford's share of each first digit, log10(1 + 1/d).
    public static let expectedShares: [Double] = (1...9).map { log10(1 + 1 / Double($0)) }
    /// Pearson's χ² of the counts against Benford's.
    public let chiSquared: Double
    /// The p-value of χ² with 8 degrees of freedom.
    public let pValue: Double
    /// The mean absolute deviation of the observed from Benford's shares.
    public let meanAbsoluteDeviation: Double

    /// The test of the positive values among `values`; nil when there are none.
    public init?(_ values: [Double]) {
        var counts = [Int](repeating: 0, count: 9)
        for value in values {
            guard let digit = BenfordTest.firstDigit(value) else { continue }
            counts[digit - 1] += 1
        }
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        let n = Double(total)
        let test = ChiSquared.test(observed: counts.map(Double.init), expected: BenfordTest.expectedShares.map { $0 * n })
        self.counts = counts
        self.total = total
        self.chiSquared = test.statistic
        self.pValue = test.p
        self.meanAbsoluteDeviation = zip(counts, BenfordTest.expectedShares)
            .map { abs(Double($0) / n - $1) }.reduce(0, +) / 9
    }

    /// Nigrini's conformity range of the MAD.
    public var conformity: Conformity { Conformity(mad: meanAbsoluteDeviation) }

    /// The first significant digit of a positive finite number; nil for zero, negatives and non-finite values.
    public static func firstDigit(_ value: Double) -> Int? {
        guard value > 0, value.isFinite else { return nil }
        var scaled = value
        while scaled >= 10 { scaled /= 10 }
        while scaled < 1 { scaled *= 10 }
        return min(9, max(1, Int(scaled)))
    }
}
