import RapportCore

/// Lays out completion candidates in columns, filled top to bottom as `ls` does.
enum CandidateColumns {
    /// The candidates in as many columns as fit in `width`, one text line per row, each ending in a newline.
    /// Names from the data show their control characters as visible escapes.
    static func layout(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let candidates = candidates.map(TerminalText.visible)
        let gap = 2
        let cellWidth = (candidates.map(\.count).max() ?? 0) + gap
        let columnCount = max(1, (width + gap) / cellWidth)
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var cells: [String] = []
            for column in 0..<columnCount where column * rowCount + row < candidates.count {
                cells.append(candidates[column * rowCount + row])
            }
            let padded = cells.dropLast().map { $0 + String(repeating: " ", count: cellWidth - $0.count) }
            text += (padded + [cells.last ?? ""]).joined() + "\n"
        }
        return text
    }
}
