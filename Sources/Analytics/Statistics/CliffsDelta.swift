/// Cliff's delta, the dominance effect size of x over y.
public enum CliffsDelta {
    /// (#(x > y) − #(x < y)) / (n·m) over all pairs, counted by sorting and one merge pass in
    /// O((n + m) log(n + m)); nil when a sample is empty or holds NaN.
    public static func of(_ x: [Double], _ y: [Double]) -> Double? {
        guard !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return nil }
        return of(sortedX: RadixSort.sorted(x), sortedY: RadixSort.sorted(y))
    }

    /// The same on samples already sorted ascending (without NaN), in one merge pass.
    public static func of(sortedX: [Double], sortedY: [Double]) -> Double? {
        guard !sortedX.isEmpty, !sortedY.isEmpty else { return nil }
        var belowCount = 0
        var atMostCount = 0
        var greater = 0
        var less = 0
        for value in sortedX {
            while belowCount < sortedY.count, sortedY[belowCount] < value { belowCount += 1 }
            atMostCount = max(atMostCount, belowCount)
            while atMostCount < sortedY.count, sortedY[atMostCount] <= value { atMostCount += 1 }
            greater += belowCount
            less += sortedY.count - atMostCount
        }
        return Double(greater - less) / (Double(sortedX.count) * Double(sortedY.count))
    }
}
