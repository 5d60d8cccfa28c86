/// Quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, numpy's default).
public enum Quantile {
    /// The q-quantile (0 ≤ q ≤ 1) of values that are already sorted ascending; nil when there are none.
    public static func ofSorted(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// The q-quantile of unsorted values; nil when there are none.
    public static func of(_ values: [Double], _ q: Double) -> Double? {
        ofSorted(RadixSort.sorted(values), q)
    }

    /// The median of unsorted values; nil when there are none.
    public static func median(_ values: [Double]) -> Double? {
        of(values, 0.5)
    }
}
