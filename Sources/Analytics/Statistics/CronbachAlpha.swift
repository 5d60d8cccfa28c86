/// Cronbach's alpha, the internal consistency of a scale made of several items.
public enum CronbachAlpha {
    /// k/(k − 1) · (1 − Σ var(itemᵢ) / var(Σ items)) with sample variances, where items[i] holds every
    /// respondent's answer to item i (complete rows, like pingouin.cronbach_alpha on complete data).
    /// Nil with fewer than two items or two respondents, items of different lengths, a non-finite answer,
    /// or when the total scores do not vary.
    public static func of(items: [[Double]]) -> Double? {
        guard items.count >= 2, let respondents = items.first?.count, respondents >= 2,
              items.allSatisfy({ $0.count == respondents }) else { return nil }
        var totals = [Double](repeating: 0, count: respondents)
        var itemVarianceSum = 0.0
        for item in items {
            guard let moments = SampleMoments(item) else { return nil }
            itemVarianceSum += moments.variance
            for row in 0..<respondents { totals[row] += item[row] }
        }
        guard let total = SampleMoments(totals), total.variance > 0 else { return nil }
        let k = Double(items.count)
        return k / (k - 1) * (1 - itemVarianceSum / total.variance)
    }
}
