/// Scoring of ipsative answers, where each dimension's points are split across the same alternatives (culture types).
public enum IpsativeScoring {
    /// How large a gap between "now" and "preferred" (in points) is flagged.
    public static let gapThreshold = 10.0

    /// A respondent's mean points per alternative over the dimensions answered; `dimensions[d][t]` holds the points
    /// given to alternative t in dimension d. Nil when no dimension was answered or the rows differ in length.
    public static func respondentProfile(_ dimensions: [[Double]]) -> [Double]? {
        guard let width = dimensions.first?.count, width > 0, dimensions.allSatisfy({ $0.count == width }) else { return nil }
        var sums = [Double](repeating: 0, count: width)
        for dimension in dimensions {
            for index in 0..<width { sums[index] += dimension[index] }
        }
        return sums.map { $0 / Double(dimensions.count) }
    }

    /// Preferred minus now per alternative, flagged from `gapThreshold` points either way.
    public static func gaps(now: [Double], preferred: [Double]) -> [ProfileGap] {
        zip(now, preferred).map { now, preferred in
            let gap = preferred - now
            return ProfileGap(now: now, preferred: preferred, gap: gap, flagged: abs(gap) >= gapThreshold)
        }
    }
}

/// The difference between the "now" and "preferred" score of one alternative.
public struct ProfileGap: Sendable, Equatable {
    /// The score now.
    public let now: Double
    /// The preferred score.
    public let preferred: Double
    /// Preferred minus now.
    public let gap: Double
    /// Whether the gap is at least `IpsativeScoring.gapThreshold` points.
    public let flagged: Bool
}
