import RapportCore

/// A seeded stratified assignment of rows to K folds, for cross-validation.
public enum StratifiedFolds {
    /// The fold (0..<K) of each row. The rows labelled false, then those labelled true, are each taken in row
    /// order and shuffled by Fisher–Yates with one `SplitMix64(seed:)` (for i from the last position down to 1,
    /// swap position i with `nextIndex(below: i + 1)`), then dealt out in turn: the m-th row dealt, counting on
    /// from the false rows into the true ones, goes to fold m mod K. So fold sizes differ by at most one, and so do
    /// each class's counts per fold. Nil when K < 2 or there are fewer rows than folds.
    public static func assign(labels: [Bool], folds: Int, seed: UInt64) -> [Int]? {
        guard folds >= 2, labels.count >= folds else { return nil }
        var generator = SplitMix64(seed: seed)
        var assignment = [Int](repeating: 0, count: labels.count)
        var dealt = 0
        for label in [false, true] {
            var members = labels.indices.filter { labels[$0] == label }
            for position in stride(from: members.count - 1, to: 0, by: -1) {
                members.swapAt(position, generator.nextIndex(below: position + 1))
            }
            for member in members {
                assignment[member] = dealt % folds
                dealt += 1
            }
        }
        return assignment
    }
}
