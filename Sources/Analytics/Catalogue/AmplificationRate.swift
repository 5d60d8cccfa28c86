import RapportCore

extension RateMetric {
    /// `amplification-rate`: shares / followers.
    public static let amplificationRate = RateMetric(
        name: "amplification-rate", summary: Words.amplificationRateSummary, explanation: Words.amplificationRateExplanation,
        numerator: .role(.shares), divisor: .role(.followers), offersPostUnit: true)
}
