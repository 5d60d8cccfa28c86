import RapportCore

extension RateMetric {
    /// `engaged-user-rate`: engaged users / reach.
    public static let engagedUserRate = RateMetric(
        name: "engaged-user-rate", summary: Words.engagedUserRateSummary, explanation: Words.engagedUserRateExplanation,
        numerator: .role(.engagedUsers), divisor: .role(.reach))
}
