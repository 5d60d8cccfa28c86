import RapportCore

/// Interactions per post: likes (reactions) + comments + shares + saves, over the columns the dataset has.
public struct PostInteractions: Sendable {
    /// The roles that count as interactions, in order, with their weight under `--weighted`.
    public static let parts: [(role: ColumnRole, weight: Double)] = [
        (.likes, 1), (.comments, 2), (.shares, 3), (.saves, 1),
    ]

    /// Per post, the (weighted) sum; NaN when any counted column is missing for that post.
    public let values: [Double]
    /// The names of the columns that were counted, in the order of `parts`.
    public let countedColumns: [String]

    /// The interactions of every post of a dataset; an error when none of the parts is there.
    public init(_ dataset: Dataset, weighted: Bool, metric: String) throws {
        var sums = [Double](repeating: 0, count: dataset.rowCount)
        var counted: [String] = []
        for part in Self.parts {
            guard let column = dataset.column(role: part.role), column.type.isNumeric else { continue }
            Self.add(column.data, weight: weighted ? part.weight : 1, to: &sums)
            counted.append(column.name)
        }
        guard !counted.isEmpty else {
            throw RapportError(Words.metricNeedsAnyRole(metric, Self.parts.map(\.role), dataset: dataset.name))
        }
        values = sums
        countedColumns = counted
    }

    /// Adds a numeric column's values, times a weight, to the sums; a missing value makes the sum NaN.
    private static func add(_ data: ColumnData, weight: Double, to sums: inout [Double]) {
        let mask = data.missing
        sums.withUnsafeMutableBufferPointer { sums in
            switch data {
            case .integer(let values, _):
                values.withUnsafeBufferPointer { values in
                    for row in 0..<sums.count { sums[row] += weight * Double(values[row]) }
                }
            case .decimal(let values, _):
                values.withUnsafeBufferPointer { values in
                    for row in 0..<sums.count { sums[row] += weight * values[row] }
                }
            case .boolean, .time, .text:
                return
            }
            guard mask.hasAny else { return }
            for row in 0..<sums.count where mask.isMissing(row) { sums[row] = .nan }
        }
    }
}
