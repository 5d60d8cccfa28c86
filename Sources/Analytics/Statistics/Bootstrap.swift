import RapportCore

/// Percentile bootstrap confidence intervals, reproducible from a seed.
public enum Bootstrap {
    /// The seed of the `index`-th ratio interval of a run (person premium, attribution, compare's pairs), one
    /// rule for all, so that `score posts person-premium` and `compare posts engagement-rate by voice` give the
    /// same interval for the same two groups.
    public static func ratioSeed(_ seed: UInt64, index: Int) -> UInt64 {
        seed &+ 1000 &+ UInt64(index)
    }

    /// The ratio median(numerator) / median(denominator) with a percentile bootstrap interval.
    ///
    /// Medians are type-7 (numpy's default). Each round resamples both groups with replacement within
    /// themselves; their medians are drawn by `ResampledMedian` (exactly the naive bootstrap's distribution, in
    /// constant time per round, so a million posts cost no more than a hundred). With one `SplitMix64(seed:)`
    /// for the whole run, each round draws the numerator's median, then the denominator's. A round whose
    /// denominator median is 0 is skipped (its draws still count). The interval is the type-7 quantiles of
    /// the kept ratios at (1 − confidence)/2 and (1 + confidence)/2. Nil when a group is empty or holds a
    /// non-finite value, resamples < 1, the confidence lies outside (0, 1), the original denominator median
    /// is 0, or every round was skipped.
    public static func ratioOfMedians(_ numerator: [Double], _ denominator: [Double], resamples: Int = 2000,
                                      seed: UInt64, confidence: Double = 0.95)
        -> (estimate: Double, lower: Double, upper: Double)? {
        guard numerator.allSatisfy(\.isFinite), denominator.allSatisfy(\.isFinite) else { return nil }
        return ratioOfMedians(sortedNumerator: RadixSort.sorted(numerator), sortedDenominator: RadixSort.sorted(denominator),
                              resamples: resamples, seed: seed, confidence: confidence)
    }

    /// The same on groups already sorted ascending (finite values only), so callers that sort once pay once.
    public static func ratioOfMedians(sortedNumerator: [Double], sortedDenominator: [Double], resamples: Int = 2000,
                                      seed: UInt64, confidence: Double = 0.95)
        -> (estimate: Double, lower: Double, upper: Double)? {
        guard !sortedNumerator.isEmpty, !sortedDenominator.isEmpty, resamples >= 1, confidence > 0, confidence < 1 else {
            return nil
        }
        let top = ResampledMedian(sorted: sortedNumerator), bottom = ResampledMedian(sorted: sortedDenominator)
        guard let numeratorMedian = Quantile.ofSorted(top.sorted, 0.5),
              let denominatorMedian = Quantile.ofSorted(bottom.sorted, 0.5), denominatorMedian != 0 else { return nil }
        var generator = SplitMix64(seed: seed)
        var ratios: [Double] = []
        ratios.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let resampledTop = top.draw(using: &generator)
            let resampledBottom = bottom.draw(using: &generator)
            if resampledBottom != 0 { ratios.append(resampledTop / resampledBottom) }
        }
        ratios.sort()
        guard let lower = Quantile.ofSorted(ratios, (1 - confidence) / 2),
              let upper = Quantile.ofSorted(ratios, (1 + confidence) / 2) else { return nil }
        return (numeratorMedian / denominatorMedian, lower, upper)
    }
}

extension Bootstrap {
    /// The median with a percentile bootstrap interval, drawn as `ratioOfMedians` draws one group; nil when empty or non-finite.
    public static func median(_ values: [Double], resamples: Int = 2000, seed: UInt64, confidence: Double = 0.95)
        -> (estimate: Double, lower: Double, upper: Double)? {
        guard values.allSatisfy(\.isFinite) else { return nil }
        return median(sorted: RadixSort.sorted(values), resamples: resamples, seed: seed, confidence: confidence)
    }

    /// The same on values already sorted ascending (finite only).
    public static func median(sorted: [Double], resamples: Int = 2000, seed: UInt64, confidence: Double = 0.95)
        -> (estimate: Double, lower: Double, upper: Double)? {
        guard !sorted.isEmpty, resamples >= 1, confidence > 0, confidence < 1 else { return nil }
        let sampler = ResampledMedian(sorted: sorted)
        var generator = SplitMix64(seed: seed)
        let medians = (0..<resamples).map { _ in sampler.draw(using: &generator) }.sorted()
        guard let estimate = Quantile.ofSorted(sampler.sorted, 0.5), let lower = Quantile.ofSorted(medians, (1 - confidence) / 2),
              let upper = Quantile.ofSorted(medians, (1 + confidence) / 2) else { return nil }
        return (estimate, lower, upper)
    }
}
