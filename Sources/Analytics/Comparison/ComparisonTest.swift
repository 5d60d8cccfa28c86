/// Which test `compare` reports for each pair of groups.
public enum ComparisonTest: String, Sendable, CaseIterable {
    /// Mann–Whitney U, two-sided (scipy's method choice).
    case mwu
    /// Welch's t-test on log(1 + value).
    case welch
    /// Both.
    case both

    /// Whether the Mann–Whitney test is run.
    public var runsMannWhitney: Bool { self != .welch }
    /// Whether Welch's test is run.
    public var runsWelch: Bool { self != .mwu }
}
