/// How a yes/no classification agrees with known labels: the four counts and the rates built on them.
public struct ConfusionCounts: Sendable, Equatable {
    /// Predicted yes, labelled yes.
    public var truePositives = 0
    /// Predicted yes, labelled no.
    public var falsePositives = 0
    /// Predicted no, labelled no.
    public var trueNegatives = 0
    /// Predicted no, labelled yes.
    public var falseNegatives = 0

    /// Counts given directly (as a model's evaluation stores them).
    public init(truePositives: Int, falsePositives: Int, trueNegatives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.trueNegatives = trueNegatives
        self.falseNegatives = falseNegatives
    }

    /// Counts over the rows where both the prediction and the label are known.
    public init(predicted: [Bool?], actual: [Bool?]) {
        for (prediction, label) in zip(predicted, actual) {
            guard let prediction, let label else { continue }
            switch (prediction, label) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, false): trueNegatives += 1
            case (false, true): falseNegatives += 1
            }
        }
    }

    /// The rows compared.
    public var total: Int { truePositives + falsePositives + trueNegatives + falseNegatives }

    /// The share of rows classified right; nil when there are none.
    public var accuracy: Double? { ratio(truePositives + trueNegatives, total) }

    /// The share of predicted yes that are labelled yes; nil when nothing was predicted yes.
    public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }

    /// The share of labelled yes that were predicted yes; nil when nothing is labelled yes.
    public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }

    /// A share, nil for a zero denominator.
    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }
}
