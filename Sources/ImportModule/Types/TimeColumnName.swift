/// Whether a column's name says it holds points in time, so 9–10 digit integers in it are Unix seconds.
enum TimeColumnName {
    /// Words that mark a time column, in English and German; a word of the name must be one of them or
    /// start with one (`created_at`, `createdAt`, `timestamp`), so `Lifetime Post Total Reach` is no time.
    static let words = ["time", "date", "published", "publish", "created", "posted", "timestamp", "zeit", "datum",
                        "erstellt", "veröffentlich"]

    /// Whether a word of the name, split at anything but letters and digits, begins with a time word.
    static func suggestsTime(_ name: String) -> Bool {
        let nameWords = name.lowercased().split { !$0.isLetter && !$0.isNumber }
        return nameWords.contains { word in words.contains { word.hasPrefix($0) } }
    }
}
