/// Scoring of rating-scale (Likert) answers: reverse keying, scale scores and Cronbach's alpha.
public enum LikertScoring {
    /// The rating as scored: on a 1…points scale a reverse-keyed answer x counts as points + 1 − x.
    public static func keyed(_ answer: Double, reversed: Bool, points: Int) -> Double {
        reversed ? Double(points + 1) - answer : answer
    }

    /// The mean of the keyed ratings answered (nil entries are skipped items); nil when none was answered.
    public static func scaleScore(_ keyedRatings: [Double?]) -> Double? {
        let answered = keyedRatings.compactMap { $0 }
        guard !answered.isEmpty else { return nil }
        return answered.reduce(0, +) / Double(answered.count)
    }

    /// Cronbach's alpha of a scale over the respondents who answered all of its items, and how many those are;
    /// `items[i][r]` is respondent r's keyed rating of item i, nil when skipped.
    public static func alpha(items: [[Double?]]) -> (alpha: Double?, respondents: Int) {
        guard let count = items.first?.count else { return (nil, 0) }
        let complete = (0..<count).filter { row in items.allSatisfy { row < $0.count && $0[row] != nil } }
        let columns = items.map { item in complete.compactMap { item[$0] } }
        return (CronbachAlpha.of(items: columns), complete.count)
    }
}
