import RapportCore

extension ColumnData {
    /// The values of the given rows, in that order; nil rows (no match) are missing.
    func gathering(matches rows: [Int?]) -> ColumnData {
        guard count > 0 else { return ColumnData.from(cells: rows.map { _ in .missing }, as: type) }
        let gathered = gathering(rows.map { $0 ?? 0 })
        var mask = gathered.missing
        for (index, row) in rows.enumerated() where row == nil { mask.markMissing(index) }
        switch gathered {
        case .integer(let values, _): return .integer(values, mask)
        case .decimal(let values, _): return .decimal(values, mask)
        case .boolean(let values, _): return .boolean(values, mask)
        case .time(let values, _): return .time(values, mask)
        case .text(let values, _): return .text(values, mask)
        }
    }
}
