/// The plain look of rapport's decks, charts and workbooks: one accent colour, greys, one sans-serif font.
enum OfficeStyle {
    /// The font of every text (theme, charts, tables).
    static let font = "Arial"
    /// The accent: titles' rule, the first series, key figures.
    static let accent = "1F5A96"
    /// Body text.
    static let text = "262626"
    /// Secondary text: sentences, footers, notes, axis labels.
    static let muted = "595959"
    /// Rules, grid lines and table borders.
    static let rule = "D9D9D9"
    /// A light fill behind header cells.
    static let lightFill = "F2F2F2"
    /// The mark of a good outcome (a met goal).
    static let positive = "2E7D32"
    /// The mark of a bad outcome (a missed goal).
    static let negative = "C62828"
    /// Series colours in order: the accent first, then greys and a light accent, distinct also in grey print.
    static let series = [accent, "A6A6A6", "9DC3E6", "404040", "5B9BD5", "7F7F7F"]

    /// The colour of the series at a position (repeating after the last).
    static func seriesColour(_ index: Int) -> String {
        series[index % series.count]
    }
}
