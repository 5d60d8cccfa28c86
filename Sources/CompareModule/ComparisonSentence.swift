import Analytics
import RapportCore

/// The one plain sentence that ends a comparison, for a client to read.
enum ComparisonSentence {
    /// The sentence for two groups (their ratio and whether chance explains it) or for several (Kruskal–Wallis first);
    /// `periods` words two periods as "posts from …" rather than groups of "… posts".
    static func message(_ comparison: GroupComparison, metric: String, periods: Bool = false, show: (Double) -> String,
                        number: (Double) -> String, p: (Double) -> String) -> Message {
        let groups = comparison.groups
        if let kruskal = comparison.kruskal {
            guard kruskal.p < 0.05, let best = comparison.pairs.min(by: { pairP($0) < pairP($1) }),
                  let ratio = best.ratio, let low = best.ratioLow, let high = best.ratioHigh else {
                return Words.noDifferenceAmong(groups.count, metric: metric, p: p(comparison.kruskal?.p ?? 1))
            }
            return Words.groupsDiffer(groups.count, metric: metric, p: p(kruskal.p), first: groups[best.first].name,
                                      second: groups[best.second].name, ratio: number(ratio), low: number(low),
                                      high: number(high), pairP: p(pairAdjustedP(best)))
        }
        guard let pair = comparison.pairs.first, let ratio = pair.ratio, let low = pair.ratioLow, let high = pair.ratioHigh else {
            return Words.noRatio(metric)
        }
        let first = groups[pair.first].name, second = groups[pair.second].name
        let value = pairP(pair)
        if periods {
            return Words.periodsCompared(first: first, second: second, metric: metric, ratio: number(ratio), low: number(low),
                                         high: number(high), p: p(value), differ: value < 0.05)
        }
        return value < 0.05
            ? Words.twoGroupsDiffer(first: first, second: second, metric: metric, ratio: number(ratio), low: number(low),
                                    high: number(high), p: p(value))
            : Words.twoGroupsNoDifference(first: first, second: second, metric: metric, ratio: number(ratio),
                                          low: number(low), high: number(high), p: p(value))
    }

    /// The pair's raw p-value: Mann–Whitney when it ran, else Welch.
    private static func pairP(_ pair: GroupComparison.Pair) -> Double {
        pair.mannWhitney ?? pair.welch ?? 1
    }

    /// The pair's Holm-adjusted p-value.
    private static func pairAdjustedP(_ pair: GroupComparison.Pair) -> Double {
        pair.mannWhitneyHolm ?? pair.welchHolm ?? 1
    }
}
