import RapportCore

/// The flags of `score`, `goal set` and `compare` that change what every metric computes, declared once for all three.
public enum MetricFlags {
    /// `--denominator D`: what rates divide by.
    public static let denominator = Flag("denominator", .choice(Denominator.self), valueName: "D",
                                         Words.denominatorFlag)
    /// `--weighted`: likes 1, comments 2, shares 3, saves 1.
    public static let weighted = Switch("weighted", Words.weightedFlag)
}

extension MetricOptions {
    /// The denominator and weighting a command line chose; the other options keep their defaults.
    public init(_ invocation: Invocation) throws {
        self.init()
        denominator = try invocation[MetricFlags.denominator]
        weighted = invocation[MetricFlags.weighted]
    }
}
