import RapportCore

/// Percentile bootstrap confidence intervals, reproducible from a seed.
public enum Bootstrap {
    /// The ratio median(numerator) / median(denominator) with a percentile bootstrap interval.
    ///
    /// Medians are type-7 (numpy's default). Drawing order, with one `SplitMix64(seed:)` for the whole run:
    /// for each of the `resamples` rounds, first `numerator.count` draws of `nextIndex(below: numerator.count)`
    /// give that round's numerator resample (in draw order), then `denominator.count` draws of
    /// `nextIndex(below: denominator.count)` give its denominator resample. A round whose denominator median
    /// is 0 is skipped (its draws still count). The interval is the type-7 quantiles of the kept ratios at
    /// (1 − confidence)/2 and (1 + confidence)/2. Nil when a group is empty or holds a non-finite value,
    /// resamples < 1, the confidence lies outside (0, 1), the original denominator median is 0, or every
    /// round was skipped.
    public static func ratioOfMedians(_ numerator: [Double], _ denominator: [Double], resamples: Int = 2000,
                                      seed: UInt64, confidence: Double = 0.95)
        -> (estimate: Double, lower: Double, upper: Double)? {
        guard !numerator.isEmpty, !denominator.isEmpty, resamples >= 1, confidence > 0, confidence < 1,
              numerator.allSatisfy(\.isFinite), denominator.allSatisfy(\.isFinite),
              let numeratorMedian = Quantile.median(numerator),
              let denominatorMedian = Quantile.median(denominator), denominatorMedian != 0 else { return nil }
        var generator = SplitMix64(seed: seed)
        var numeratorSample = numerator
        var denominatorSample = denominator
        var ratios: [Double] = []
        ratios.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let top = medianOfResample(numerator, into: &numeratorSample, using: &generator)
            let bottom = medianOfResample(denominator, into: &denominatorSample, using: &generator)
            if bottom != 0 { ratios.append(top / bottom) }
        }
        ratios.sort()
        guard let lower = Quantile.ofSorted(ratios, (1 - confidence) / 2),
              let upper = Quantile.ofSorted(ratios, (1 + confidence) / 2) else { return nil }
        return (numeratorMedian / denominatorMedian, lower, upper)
    }

    /// Fills the reused buffer with values drawn with replacement, in draw order, and returns its median.
    private static func medianOfResample(_ values: [Double], into buffer: inout [Double],
                                         using generator: inout SplitMix64) -> Double {
        for slot in buffer.indices {
            buffer[slot] = values[generator.nextIndex(below: values.count)]
        }
        buffer.sort()
        return Quantile.ofSorted(buffer, 0.5) ?? .nan
    }
}
