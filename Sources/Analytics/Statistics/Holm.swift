/// Holm's step-down adjustment of p-values for multiple tests (like statsmodels multipletests(method="holm")).
public enum Holm {
    /// The adjusted p-values, in the input's order: the i-th smallest of m is multiplied by m − i + 1,
    /// made non-decreasing along that order and capped at 1. NaN entries stay NaN and do not count in m.
    public static func adjust(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
        var adjusted = pValues
        var running = 0.0
        for (position, index) in order.enumerated() {
            running = max(running, Double(order.count - position) * pValues[index])
            adjusted[index] = min(1, running)
        }
        return adjusted
    }
}
