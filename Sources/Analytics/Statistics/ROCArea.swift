import RapportCore

/// The area under the ROC curve of scores for yes/no labels (like sklearn's roc_auc_score(labels, scores)).
public enum ROCArea {
    /// The chance that a random positive scores above a random negative, ties counting half: the Mann–Whitney U
    /// of the positives over (positives · negatives). Nil when the lengths differ, a score is NaN, or a class is
    /// absent.
    public static func of(scores: [Double], labels: [Bool]) -> Double? {
        guard let ranked = RankedScores(scores: scores, labels: labels) else { return nil }
        return ranked.wholeArea
    }

    /// The area with a stratified percentile bootstrap interval, reproducible from the seed.
    ///
    /// Each of `resamples` rounds draws as many positives as there are, with replacement, from the positives
    /// (`nextIndex(below:)` on the positives in row order), then likewise the negatives, from one
    /// `SplitMix64(seed:)` for the run, and takes the resample's area; keeping the class sizes means no round
    /// lacks a class. The interval is the type-7 quantiles of the rounds' areas at (1 − confidence)/2 and
    /// (1 + confidence)/2. Nil where `of` is, or when resamples < 1 or the confidence lies outside (0, 1).
    public static func bootstrap(scores: [Double], labels: [Bool], resamples: Int = 2000, seed: UInt64,
                                 confidence: Double = 0.95) -> (estimate: Double, lower: Double, upper: Double)? {
        guard resamples >= 1, confidence > 0, confidence < 1,
              let ranked = RankedScores(scores: scores, labels: labels) else { return nil }
        var generator = SplitMix64(seed: seed)
        var areas: [Double] = []
        areas.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var positiveWeights = [Int](repeating: 0, count: ranked.positiveCount)
            for _ in positiveWeights.indices { positiveWeights[generator.nextIndex(below: positiveWeights.count)] += 1 }
            var negativeWeights = [Int](repeating: 0, count: ranked.negativeCount)
            for _ in negativeWeights.indices { negativeWeights[generator.nextIndex(below: negativeWeights.count)] += 1 }
            areas.append(ranked.area(positiveWeights: positiveWeights, negativeWeights: negativeWeights))
        }
        areas.sort()
        guard let lower = Quantile.ofSorted(areas, (1 - confidence) / 2),
              let upper = Quantile.ofSorted(areas, (1 + confidence) / 2) else { return nil }
        return (ranked.wholeArea, lower, upper)
    }

    /// Every score with its class and its index within the class (row order), ascending by score.
    private struct RankedScores {
        /// How many scores are positive.
        let positiveCount: Int
        /// How many scores are negative.
        let negativeCount: Int
        /// The scores ascending, each with its class and index within the class.
        let ascending: [(score: Double, isPositive: Bool, index: Int)]

        /// Nil when the lengths differ, a score is NaN or a class is absent.
        init?(scores: [Double], labels: [Bool]) {
            guard scores.count == labels.count, !scores.contains(where: \.isNaN) else { return nil }
            var entries: [(score: Double, isPositive: Bool, index: Int)] = []
            var positives = 0, negatives = 0
            for (score, isPositive) in zip(scores, labels) {
                entries.append((score, isPositive, isPositive ? positives : negatives))
                if isPositive { positives += 1 } else { negatives += 1 }
            }
            guard positives > 0, negatives > 0 else { return nil }
            positiveCount = positives
            negativeCount = negatives
            ascending = entries.sorted { $0.score < $1.score }
        }

        /// The area of the scores as they are, each counted once.
        var wholeArea: Double {
            area(positiveWeights: [Int](repeating: 1, count: positiveCount),
                 negativeWeights: [Int](repeating: 1, count: negativeCount))
        }

        /// The area with each positive and negative counted as often as its weight (all weights ≥ 0, some > 0):
        /// Σ over positives of weight × (negative weight below + half the negative weight tied), over the weight
        /// products, in one pass over the ascending scores.
        func area(positiveWeights: [Int], negativeWeights: [Int]) -> Double {
            var negativeBelow = 0.0, sum = 0.0
            var start = 0
            while start < ascending.count {
                var end = start, positiveTied = 0.0, negativeTied = 0.0
                while end < ascending.count, ascending[end].score == ascending[start].score {
                    let entry = ascending[end]
                    if entry.isPositive {
                        positiveTied += Double(positiveWeights[entry.index])
                    } else {
                        negativeTied += Double(negativeWeights[entry.index])
                    }
                    end += 1
                }
                sum += positiveTied * (negativeBelow + negativeTied / 2)
                negativeBelow += negativeTied
                start = end
            }
            let positiveTotal = Double(positiveWeights.reduce(0, +))
            return sum / (positiveTotal * Double(negativeWeights.reduce(0, +)))
        }
    }
}
