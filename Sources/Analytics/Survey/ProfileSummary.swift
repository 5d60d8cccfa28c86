/// The profile of a group of respondents: per score the mean and the sample standard deviation, so disagreement shows.
public struct ProfileSummary: Sendable, Equatable {
    /// How many respondents the profile is made of.
    public let respondents: Int
    /// The mean per score.
    public let means: [Double]
    /// The sample standard deviation (n − 1) per score; nil with a single respondent.
    public let standardDeviations: [Double?]

    /// The summary of respondents' profiles of equal length; nil when there are none or the lengths differ.
    public init?(_ profiles: [[Double]]) {
        guard let width = profiles.first?.count, profiles.allSatisfy({ $0.count == width }) else { return nil }
        respondents = profiles.count
        means = (0..<width).map { index in profiles.reduce(0) { $0 + $1[index] } / Double(profiles.count) }
        standardDeviations = (0..<width).map { index in
            SampleMoments(profiles.map { $0[index] }).map { $0.variance.squareRoot() }
        }
    }
}
