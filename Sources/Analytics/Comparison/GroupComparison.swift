import Foundation
import RapportCore

/// The comparison of a per-post value between groups: a summary per group, Kruskal–Wallis across them, and per
/// pair the ratio of medians with its bootstrap interval, the difference, Cliff's delta and Holm-corrected tests.
public struct GroupComparison: Sendable {
    /// One group's summary.
    public struct Group: Sendable {
        /// The group's label.
        public let name: String
        /// Values (posts) in it.
        public let count: Int
        /// Median, mean and quartiles.
        public let median: Double?, mean: Double?, lower: Double?, upper: Double?
        /// The 95 % bootstrap interval of the median.
        public let medianLow: Double?, medianHigh: Double?
    }

    /// One pair's comparison; `first` is the numerator of the ratio.
    public struct Pair: Sendable {
        /// The indices of the two groups in `groups`.
        public let first: Int, second: Int
        /// median(first) / median(second) with its 95 % bootstrap interval.
        public let ratio: Double?, ratioLow: Double?, ratioHigh: Double?
        /// median(first) − median(second).
        public let difference: Double?
        /// Cliff's delta of first against second.
        public let cliffsDelta: Double?
        /// Two-sided p-values, raw and Holm-adjusted over all pairs.
        public let mannWhitney: Double?, mannWhitneyHolm: Double?, welch: Double?, welchHolm: Double?
    }

    /// The groups, in the order given.
    public let groups: [Group]
    /// Every pair of groups, oriented so that the group given first (or with the higher median) is the numerator.
    public let pairs: [Pair]
    /// Kruskal–Wallis across all groups, when there are more than two.
    public let kruskal: (h: Double, degreesOfFreedom: Int, p: Double)?

    /// Compares groups of finite values. With `ordered`, pairs keep the given order; otherwise the higher median leads.
    /// With `adjacent` (periods in order of time) only neighbours are paired, each group against the one before it,
    /// Holm corrects over those pairs alone, and there is no Kruskal–Wallis test.
    /// `progress` counts the bootstrap resamples as each interval is done (`resampleCount` of them in all).
    public init(names: [String], values: [[Double]], test: ComparisonTest, resamples: Int, seed: UInt64, ordered: Bool,
                adjacent: Bool = false, progress: ProgressMeter? = nil) {
        let sorted = Self.sortedOnAllCores(values)
        let groups = zip(names, sorted).enumerated().map { index, item -> Group in
            let (name, group) = item
            let interval = Bootstrap.median(sorted: group, resamples: resamples, seed: seed &+ UInt64(index))
            progress?.advance(by: resamples)
            return Group(name: name, count: group.count, median: Quantile.ofSorted(group, 0.5),
                         mean: group.isEmpty ? nil : group.reduce(0, +) / Double(group.count),
                         lower: Quantile.ofSorted(group, 0.25), upper: Quantile.ofSorted(group, 0.75),
                         medianLow: interval?.lower, medianHigh: interval?.upper)
        }
        self.groups = groups
        let logged = values.map { $0.map { Foundation.log1p($0) } }
        var raw: [(first: Int, second: Int, mwu: Double?, welch: Double?)] = []
        for a in 0..<values.count {
            for b in (a + 1)..<max(a + 1, adjacent ? min(a + 2, values.count) : values.count) {
                var (first, second) = adjacent ? (b, a) : (a, b)
                if !ordered, let ma = groups[a].median, let mb = groups[b].median, mb > ma { (first, second) = (b, a) }
                let mwu = test.runsMannWhitney ? MannWhitney.test(sortedX: sorted[first], sortedY: sorted[second])?.p : nil
                let welch = test.runsWelch ? WelchTest.test(logged[first], logged[second])?.p : nil
                raw.append((first, second, mwu, welch))
            }
        }
        let mwuHolm = Holm.adjust(raw.map { $0.mwu ?? .nan }), welchHolm = Holm.adjust(raw.map { $0.welch ?? .nan })
        pairs = raw.enumerated().map { index, pair in
            let interval = Bootstrap.ratioOfMedians(sortedNumerator: sorted[pair.first], sortedDenominator: sorted[pair.second],
                                                    resamples: resamples, seed: Bootstrap.ratioSeed(seed, index: index))
            progress?.advance(by: resamples)
            let difference = groups[pair.first].median.flatMap { a in groups[pair.second].median.map { a - $0 } }
            return Pair(first: pair.first, second: pair.second, ratio: interval?.estimate, ratioLow: interval?.lower,
                        ratioHigh: interval?.upper, difference: difference,
                        cliffsDelta: CliffsDelta.of(sortedX: sorted[pair.first], sortedY: sorted[pair.second]),
                        mannWhitney: pair.mwu, mannWhitneyHolm: pair.mwu == nil ? nil : mwuHolm[index],
                        welch: pair.welch, welchHolm: pair.welch == nil ? nil : welchHolm[index])
        }
        kruskal = values.count > 2 && !adjacent ? KruskalWallis.test(values) : nil
    }

    /// The bootstrap resamples a comparison of `groups` groups draws: one interval per group and one per pair
    /// (all pairs, or with `adjacent` the neighbours).
    public static func resampleCount(groups: Int, resamples: Int, adjacent: Bool = false) -> Int {
        (groups + (adjacent ? max(0, groups - 1) : groups * (groups - 1) / 2)) * resamples
    }

    /// Each group sorted ascending, the groups spread over the cores.
    private static func sortedOnAllCores(_ values: [[Double]]) -> [[Double]] {
        let results = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: values.count)
        results.initialize(repeating: [])
        defer {
            results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: values.count) { index in results[index] = RadixSort.sorted(values[index]) }
        return Array(results)
    }
}
