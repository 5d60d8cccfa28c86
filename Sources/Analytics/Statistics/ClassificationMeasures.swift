/// The usual measures of a yes/no classifier from its confusion counts, each with a Wilson interval.
public struct ClassificationMeasures: Sendable {
    /// A share with the bounds of its interval.
    public typealias Estimate = (estimate: Double, lower: Double, upper: Double)

    /// (TP + TN) / all; nil without rows.
    public let accuracy: Estimate?
    /// TP / (TP + FP); nil when nothing was predicted positive.
    public let precision: Estimate?
    /// TP / (TP + FN), the recall; nil when nothing is labelled positive.
    public let sensitivity: Estimate?
    /// TN / (TN + FP); nil when nothing is labelled negative.
    public let specificity: Estimate?
    /// 2TP / (2TP + FP + FN); nil when there are no positives, predicted or labelled. F1 is no share of rows, but
    /// 2J/(1 + J) of the Jaccard share J = TP / (TP + FP + FN) of the rows positive either way, which is one; its
    /// interval is J's Wilson interval carried through that increasing function.
    public let f1: Estimate?

    /// TP / (TP + FN): the same as the sensitivity.
    public var recall: Estimate? { sensitivity }

    /// The measures of the counts, with intervals at the confidence (in (0, 1); else every measure is nil).
    public init(_ counts: ConfusionCounts, confidence: Double = 0.95) {
        let tp = counts.truePositives, fp = counts.falsePositives
        let tn = counts.trueNegatives, fn = counts.falseNegatives
        /// successes / trials with its Wilson interval; nil when the interval is.
        func share(_ successes: Int, _ trials: Int) -> Estimate? {
            guard let interval = WilsonInterval.of(successes: successes, trials: trials, confidence: confidence) else {
                return nil
            }
            return (Double(successes) / Double(trials), interval.lower, interval.upper)
        }
        accuracy = share(tp + tn, tp + fp + tn + fn)
        precision = share(tp, tp + fp)
        sensitivity = share(tp, tp + fn)
        specificity = share(tn, tn + fp)
        f1 = share(tp, tp + fp + fn).map { jaccard in
            /// F1 from the Jaccard share.
            func carried(_ j: Double) -> Double { 2 * j / (1 + j) }
            return (carried(jaccard.estimate), carried(jaccard.lower), carried(jaccard.upper))
        }
    }
}
