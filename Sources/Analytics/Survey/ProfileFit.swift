/// How well one profile fits another: Pearson's profile correlation, the Euclidean distance and a plain band.
public struct ProfileFit: Sendable, Equatable {
    /// The profile correlation r; nil when a profile is constant, so r is undefined.
    public let correlation: Double?
    /// √Σ(aᵢ − bᵢ)², in the profiles' own units.
    public let distance: Double
    /// The band r falls in.
    public let band: FitBand

    /// The fit of two profiles of equal length; nil when the lengths differ or they are empty.
    public init?(_ person: [Double], _ reference: [Double]) {
        guard person.count == reference.count, !person.isEmpty else { return nil }
        correlation = PearsonCorrelation.of(person, reference)
        distance = zip(person, reference).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
        band = FitBand(correlation)
    }
}

/// The plain-language band of a profile correlation r.
public enum FitBand: String, Sendable, CaseIterable {
    /// r ≥ 0.7.
    case strong
    /// 0.4 ≤ r < 0.7.
    case moderate
    /// 0 ≤ r < 0.4.
    case weak
    /// r < 0: the profiles point in different directions.
    case opposed
    /// r cannot be computed (a constant profile).
    case undefined

    /// Where the strong band starts.
    public static let strongFrom = 0.7
    /// Where the moderate band starts.
    public static let moderateFrom = 0.4

    /// The band of a correlation.
    public init(_ correlation: Double?) {
        guard let r = correlation else { self = .undefined; return }
        if r >= FitBand.strongFrom {
            self = .strong
        } else if r >= FitBand.moderateFrom {
            self = .moderate
        } else if r >= 0 {
            self = .weak
        } else {
            self = .opposed
        }
    }
}
