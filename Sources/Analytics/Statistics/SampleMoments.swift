/// The count, mean and sample variance (n − 1 denominator) of values, by two passes for precision.
struct SampleMoments {
    /// How many values there are.
    let count: Double
    /// Their arithmetic mean.
    let mean: Double
    /// Their sample variance, with n − 1 in the denominator.
    let variance: Double

    /// The moments of at least two finite values; nil otherwise.
    init?(_ values: [Double]) {
        guard values.count >= 2, values.allSatisfy(\.isFinite) else { return nil }
        count = Double(values.count)
        mean = values.reduce(0, +) / count
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        variance = squares / (count - 1)
    }
}
