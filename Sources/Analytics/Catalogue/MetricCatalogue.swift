/// Every metric rapport computes, in the order `score list` shows them: the one explicit list.
public enum MetricCatalogue {
    /// The metrics.
    public static let all: [Metric] = [
        RateMetric.interactions, RateMetric.engagementRate, RateMetric.applauseRate, RateMetric.conversationRate,
        RateMetric.amplificationRate, RateMetric.engagedUserRate, ReachWaste(),
        CostMetric.cpm, CostMetric.cpc, CostMetric.costPerEngagement, PersonPremium(), Attribution(),
        Responsiveness(), Tone(), RelationshipStages(), Relevance(), FrequencyPressure(), AccountAuthenticity(),
    ]

    /// The metric with this command name.
    public static func named(_ name: String) -> Metric? {
        all.first { $0.name == name }
    }

    /// The command names, in catalogue order.
    public static var names: [String] { all.map(\.name) }
}
