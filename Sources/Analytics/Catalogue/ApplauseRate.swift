import RapportCore

extension RateMetric {
    /// `applause-rate`: likes / followers.
    public static let applauseRate = RateMetric(
        name: "applause-rate", summary: Words.applauseRateSummary, explanation: Words.applauseRateExplanation,
        numerator: .role(.likes), divisor: .role(.followers), offersPostUnit: true)
}
