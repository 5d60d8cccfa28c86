import RapportCore

extension CostMetric {
    /// `cpm`: spend per 1,000 impressions.
    public static let cpm = CostMetric(name: "cpm", summary: Words.cpmSummary, explanation: Words.cpmExplanation,
                                       result: .impressions)
    /// `cpc`: spend per click.
    public static let cpc = CostMetric(name: "cpc", summary: Words.cpcSummary, explanation: Words.cpcExplanation,
                                       result: .clicks)
    /// `cost-per-engagement`: spend per interaction.
    public static let costPerEngagement = CostMetric(
        name: "cost-per-engagement", summary: Words.costPerEngagementSummary,
        explanation: Words.costPerEngagementExplanation, result: .interactions)
}
