import RapportCore

extension RateMetric {
    /// `interactions`: likes + comments + shares + saves per post.
    public static let interactions = RateMetric(
        name: "interactions", summary: Words.interactionsSummary, explanation: Words.interactionsExplanation,
        numerator: .interactions, divisor: .none)
}
