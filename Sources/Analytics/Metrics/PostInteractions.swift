import RapportCore

/// Interactions per post: likes (reactions) + comments + shares + saves, over the columns the dataset has.
public struct PostInteractions: Sendable {
    /// The roles that count as interactions, in order, with their weight under `--weighted`.
    public static let parts: [(role: String, weight: Double)] = [("likes", 1), ("comments", 2), ("shares", 3), ("saves", 1)]

    /// Per post, the (weighted) sum; NaN when any counted column is missing for that post.
    public let values: [Double]
    /// The names of the columns that were counted, in the order of `parts`.
    public let countedColumns: [String]
    /// The roles that were counted.
    public let countedRoles: [String]

    /// The interactions of every post of a dataset; an error when none of the parts is there.
    public init(_ dataset: Dataset, weighted: Bool, metric: String) throws {
        var sums = [Double](repeating: 0, count: dataset.rowCount)
        var counted: [String] = [], roles: [String] = []
        for part in Self.parts {
            guard let column = dataset.column(role: part.role), let numbers = column.data.numbersOrNaN else { continue }
            let weight = weighted ? part.weight : 1
            for row in sums.indices { sums[row] += weight * numbers[row] }
            counted.append(column.name)
            roles.append(part.role)
        }
        guard !counted.isEmpty else {
            throw RapportError(Words.metricNeedsAnyRole(metric, Self.parts.map(\.role), dataset: dataset.name))
        }
        values = sums
        countedColumns = counted
        countedRoles = roles
    }
}
