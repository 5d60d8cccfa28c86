import Analytics
import RapportCore

/// A per-post metric in the cells of two sides: per cell the posts with a value and their median, which stays
/// empty when the cell has fewer posts than the minimum.
struct HeatmapGrid {
    /// The side down the grid.
    let rows: HeatmapAxis
    /// The side across the grid.
    let columns: HeatmapAxis
    /// The fewest posts a cell needs for a median.
    let minimum: Int
    /// Per cell, row by row: the posts with a value.
    let posts: [Int]
    /// Per cell, row by row: the median, nil with fewer than `minimum` posts.
    let medians: [Double?]

    /// The grid of `values` (NaN where missing), whose rows match the sides' rows.
    init(values: [Double], rows: HeatmapAxis, columns: HeatmapAxis, minimum: Int) {
        self.rows = rows
        self.columns = columns
        self.minimum = minimum
        var gathered = [[Double]](repeating: [], count: rows.count * columns.count)
        for row in values.indices where !values[row].isNaN {
            guard let down = rows.indexOfRow[row], let across = columns.indexOfRow[row] else { continue }
            gathered[down * columns.count + across].append(values[row])
        }
        posts = gathered.map(\.count)
        medians = gathered.map { $0.count >= minimum ? Quantile.median($0) : nil }
    }

    /// The number of cells.
    var cellCount: Int { posts.count }
    /// The cells left empty for having fewer posts than the minimum.
    var emptyCount: Int { medians.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }

    /// The cell with the highest median (the first in reading order among equals), nil without one.
    var strongest: Int? { medians.indices.filter { medians[$0] != nil }.max { (medians[$0] ?? 0) < (medians[$1] ?? 0) } }
    /// The cell with the lowest median (the first in reading order among equals), nil without one.
    var weakest: Int? { medians.indices.filter { medians[$0] != nil }.min { (medians[$0] ?? 0) < (medians[$1] ?? 0) } }

    /// The medians as rows of the grid.
    var valueRows: [[Double?]] {
        (0..<rows.count).map { Array(medians[($0 * columns.count)..<(($0 + 1) * columns.count)]) }
    }
}
