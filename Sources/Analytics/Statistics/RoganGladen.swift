import RapportCore

/// The share of positives in a scored sample corrected for the classifier's sensitivity and specificity (Rogan and
/// Gladen 1978), so that it does not depend on the mix of the sample the classifier was validated on.
public enum RoganGladen {
    /// The smallest sensitivity + specificity − 1 (Youden's J) at which a correction is given.
    public static let minimumYoudenIndex = 0.2

    /// Why no corrected share is given.
    public enum Refusal: Error, Equatable, Sendable {
        /// A count is negative, flagged exceeds scored, nothing was scored, resamples < 1 or the confidence lies
        /// outside (0, 1).
        case invalidInput
        /// The validation counts hold no labelled positive, so the sensitivity is unknown.
        case noLabelledPositives
        /// The validation counts hold no labelled negative, so the specificity is unknown.
        case noLabelledNegatives
        /// Sensitivity + specificity − 1 is below `minimumYoudenIndex`: the verdicts say too little about the truth
        /// to be corrected (at 0 they say nothing).
        case uninformativeClassifier(youdenIndex: Double)
    }

    /// The corrected share, what it was corrected from, and its interval.
    public struct Adjustment: Sendable {
        /// flagged / scored.
        public let observedShare: Double
        /// TP / (TP + FN) of the validation counts.
        public let sensitivity: Double
        /// TN / (TN + FP) of the validation counts.
        public let specificity: Double
        /// (observed + specificity − 1) / (sensitivity + specificity − 1), clipped to 0...1.
        public let adjustedShare: Double
        /// The percentile bootstrap interval of the adjusted share; nil when every round was left out.
        public let interval: (lower: Double, upper: Double)?
        /// The rounds left out because their own sensitivity + specificity − 1 was not above 0.
        public let skippedResamples: Int
    }

    /// Corrects the share of `flagged` among `scored` verdicts by the classifier's out-of-fold validation counts.
    ///
    /// Youden's J is computed from the counts as (TP·N + TN·P − P·N)/(P·N), P = TP + FN, N = TN + FP, so that a J
    /// of exactly 0.2 is not refused by rounding. The interval is a percentile bootstrap from one
    /// `SplitMix64(seed:)`: each of `resamples` rounds redraws the scored items with replacement (`scored` draws of
    /// `nextIndex(below: scored)`, an item below `flagged` being a flagged one), then the sensitivity as a binomial
    /// resample of the labelled positives (P draws of `nextIndex(below: P)`, below TP a true positive), then the
    /// specificity likewise (N draws, below TN a true negative), and takes that round's clipped correction; a round
    /// whose J is not above 0 has no correction and is left out (counted). The bounds are the type-7 quantiles of
    /// the kept rounds at (1 − confidence)/2 and (1 + confidence)/2.
    public static func adjust(flagged: Int, scored: Int, validation: ConfusionCounts, resamples: Int = 2000,
                              seed: UInt64, confidence: Double = 0.95) -> Result<Adjustment, Refusal> {
        let tp = validation.truePositives, fn = validation.falseNegatives
        let tn = validation.trueNegatives, fp = validation.falsePositives
        guard scored > 0, flagged >= 0, flagged <= scored, tp >= 0, fn >= 0, tn >= 0, fp >= 0, resamples >= 1,
              confidence > 0, confidence < 1 else { return .failure(.invalidInput) }
        let positives = tp + fn, negatives = tn + fp
        guard positives > 0 else { return .failure(.noLabelledPositives) }
        guard negatives > 0 else { return .failure(.noLabelledNegatives) }
        let product = Double(positives) * Double(negatives)
        let youdenNumerator = Double(tp) * Double(negatives) + Double(tn) * Double(positives) - product
        guard youdenNumerator >= minimumYoudenIndex * product else {
            return .failure(.uninformativeClassifier(youdenIndex: youdenNumerator / product))
        }
        let sensitivity = Double(tp) / Double(positives), specificity = Double(tn) / Double(negatives)
        let observed = Double(flagged) / Double(scored)
        var generator = SplitMix64(seed: seed)
        /// The share of hits among `trials` items redrawn with replacement from `hits` hits and the rest misses.
        func redrawn(_ hits: Int, of trials: Int) -> Double {
            var count = 0
            for _ in 0..<trials {
                if generator.nextIndex(below: trials) < hits { count += 1 }
            }
            return Double(count) / Double(trials)
        }
        var corrections: [Double] = []
        corrections.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let share = redrawn(flagged, of: scored)
            let roundSensitivity = redrawn(tp, of: positives), roundSpecificity = redrawn(tn, of: negatives)
            let roundYouden = roundSensitivity + roundSpecificity - 1
            if roundYouden > 0 {
                corrections.append(corrected(share, specificity: roundSpecificity, youden: roundYouden))
            }
        }
        corrections.sort()
        var interval: (lower: Double, upper: Double)?
        if let lower = Quantile.ofSorted(corrections, (1 - confidence) / 2),
           let upper = Quantile.ofSorted(corrections, (1 + confidence) / 2) { interval = (lower, upper) }
        let adjusted = corrected(observed, specificity: specificity, youden: youdenNumerator / product)
        return .success(Adjustment(observedShare: observed, sensitivity: sensitivity, specificity: specificity,
                                   adjustedShare: adjusted, interval: interval,
                                   skippedResamples: resamples - corrections.count))
    }

    /// (observed + specificity − 1) / youden clipped to 0...1, youden = sensitivity + specificity − 1 > 0.
    private static func corrected(_ observed: Double, specificity: Double, youden: Double) -> Double {
        min(1, max(0, (observed + specificity - 1) / youden))
    }
}
