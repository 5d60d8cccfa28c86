/// Finds the column that words joined by hyphens name, for the hint when `engagement-rate` was written without
/// backticks and read as `engagement - rate`.
enum HyphenatedName {
    /// The name of a column with a hyphen (compared in any letter case) that the run of letters, digits, `_` and `-`
    /// around `offset` in `text` holds, covering `offset`, and the run's offset where it starts; the longest such name.
    static func column(around offset: Int, in text: String, among names: [String]) -> (column: String, offset: Int)? {
        let characters = Array(text)
        guard offset >= 0, offset < characters.count else { return nil }
        func isPart(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_" || character == "-"
        }
        var runStart = offset, runEnd = offset
        while runStart > 0, isPart(characters[runStart - 1]) { runStart -= 1 }
        while runEnd < characters.count, isPart(characters[runEnd]) { runEnd += 1 }
        var best: (column: String, offset: Int)?
        for name in names where name.contains("-") && name.count > (best?.column.count ?? 0) {
            let length = name.count
            for start in runStart...offset where start == runStart || characters[start - 1] == "-" {
                let end = start + length
                guard end > offset, end <= runEnd, end == runEnd || characters[end] == "-" else { continue }
                if String(characters[start..<end]).lowercased() == name.lowercased() {
                    best = (name, start)
                    break
                }
            }
        }
        return best
    }
}
