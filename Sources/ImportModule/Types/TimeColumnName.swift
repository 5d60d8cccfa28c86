/// Whether a column's name says it holds points in time, so 9–10 digit integers in it are Unix seconds.
enum TimeColumnName {
    /// Words that mark a time column, in English and German.
    static let words = ["time", "date", "published", "created", "timestamp", "posted", "zeit", "datum", "erstellt"]

    /// Whether the name contains one of the words, in any letter case.
    static func suggestsTime(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return words.contains { lowered.contains($0) }
    }
}
