import RapportCore

extension RateMetric {
    /// `conversation-rate`: comments / followers.
    public static let conversationRate = RateMetric(
        name: "conversation-rate", summary: Words.conversationRateSummary, explanation: Words.conversationRateExplanation,
        numerator: .role(.comments), divisor: .role(.followers), offersPostUnit: true)
}
