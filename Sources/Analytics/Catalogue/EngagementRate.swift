import RapportCore

extension RateMetric {
    /// `engagement-rate`: interactions / followers, reach, impressions or views.
    public static let engagementRate = RateMetric(
        name: "engagement-rate", summary: Words.engagementRateSummary, explanation: Words.engagementRateExplanation,
        numerator: .interactions, divisor: .chosen)
}
