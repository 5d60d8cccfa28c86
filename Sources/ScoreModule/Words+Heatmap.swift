import RapportCore

/// Messages of `heatmap`, in English and German.
extension Words {
    /// One line on `heatmap`.
    public static let heatmapSummary = Message(
        en: "the best time to post: the median of a per-post metric per weekday and hour (or other sides)",
        de: "die beste Zeit zum Posten: der Median einer Kennzahl je Beitrag nach Wochentag und Stunde "
            + "(oder anderen Seiten)")
    /// The longer help of `heatmap`.
    public static let heatmapDiscussion = Message(
        en: "Per cell of two sides (default weekday down, hour across, in the timezone setting): the posts and "
            + "their median. A side is a period (day, week, month, quarter, year, weekday, hour) of the time role, "
            + "or any other word a column; a period name always means the period. Cells with fewer posts than "
            + "--min-posts (default 5) stay empty and are counted. The grid is shaded (digits 0-9 without a UTF-8 "
            + "locale); the table of every cell is stored. explain heatmap says how to read it.",
        de: "Je Zelle zweier Seiten (Standard Wochentag nach unten, Stunde nach rechts, in der Einstellung "
            + "timezone): die Beiträge und ihr Median. Eine Seite ist ein Zeitraum (day, week, month, quarter, year, "
            + "weekday, hour) der Zeitrolle, jedes andere Wort eine Spalte; ein Zeitraumname meint immer den "
            + "Zeitraum. Zellen mit weniger Beiträgen als --min-posts (Standard 5) bleiben leer und werden gezählt. "
            + "Das Raster ist schattiert (Ziffern 0-9 ohne UTF-8-Locale); die Tabelle aller Zellen wird gespeichert. "
            + "explain heatmap sagt, wie man es liest.")
    /// What `heatmap --rows` does.
    public static let heatmapRowsFlag = Message(en: "the side down the grid: a period or a column (default weekday)",
                                                de: "die Seite nach unten: ein Zeitraum oder eine Spalte "
                                                    + "(Standard weekday)")
    /// What `heatmap --columns` does.
    public static let heatmapColumnsFlag = Message(en: "the side across the grid: a period or a column (default hour)",
                                                   de: "die Seite nach rechts: ein Zeitraum oder eine Spalte "
                                                       + "(Standard hour)")
    /// What `heatmap --min-posts` does.
    public static let heatmapMinPostsFlag = Message(en: "the fewest posts a cell needs for a median (default 5)",
                                                    de: "so viele Beiträge braucht eine Zelle mindestens für einen "
                                                        + "Median (Standard 5)")
    /// A metric without per-post values asked for a heat map.
    public static func heatmapNeedsPostValues(_ metric: String) -> Message {
        Message(en: "\(metric) has no value per post, so it has no heat map; try engagement-rate or another rate "
                    + "(score list)",
                de: "\(metric) hat keinen Wert je Beitrag und damit keine Heatmap; engagement-rate oder eine "
                    + "andere Rate versuchen (score list)")
    }
    /// `--min-posts` below 1.
    public static let heatmapBadMinimum = Message(en: "--min-posts needs a whole number of at least 1",
                                                  de: "--min-posts braucht eine ganze Zahl ab 1")
    /// Both sides the same.
    public static func heatmapSameSides(_ side: String) -> Message {
        Message(en: "--rows and --columns are both \(side); choose two different sides",
                de: "--rows und --columns sind beide \(side); zwei verschiedene Seiten wählen")
    }
    /// A side with more values than a grid holds.
    public static func heatmapTooManyValues(_ side: String, count: Int?, limit: Int) -> Message {
        let held = count.map { " \($0) values," } ?? ""
        let gehalten = count.map { " \($0) Werte," } ?? ""
        return Message(en: "\(side) has\(held) more than the \(limit) a side of a heat map holds; "
                           + "choose a coarser side or fewer posts (where)",
                       de: "\(side) hat\(gehalten) mehr als die \(limit), die eine Seite einer Heatmap fasst; "
                           + "eine gröbere Seite oder weniger Beiträge (where) wählen")
    }
    /// The legend entry of empty cells.
    public static func heatmapEmptyNote(_ minimum: Int) -> Message {
        Message(en: "fewer than \(minimum) posts", de: "weniger als \(minimum) Beiträge")
    }
    /// The grid's title.
    public static func heatmapTitle(_ metric: String, dataset: String, rows: String, columns: String) -> Message {
        Message(en: "median \(metric) of \(dataset) by \(rows) and \(columns)",
                de: "Median \(metric) von \(dataset) nach \(rows) und \(columns)")
    }
    /// Where the heat map was stored.
    public static func heatmapStored(_ table: String) -> Message {
        Message(en: "stored as \(table)", de: "gespeichert als \(table)")
    }

    /// A cell as the sentence names it.
    public struct HeatmapCell {
        /// The cell's two values, `Tuesday, 14:00`.
        public let name: String
        /// Its median as text.
        public let median: String
        /// Its posts.
        public let posts: Int
    }

    /// The cells left empty, for the sentence.
    public static func heatmapEmptyCells(_ count: Int, of cells: Int, minimum: Int) -> Message {
        Message(en: "\(count) of \(cells) cells have fewer than \(minimum) posts and stay empty.",
                de: "\(count) von \(cells) Zellen haben weniger als \(minimum) Beiträge und bleiben leer.")
    }

    /// No cell had enough posts.
    public static func heatmapNoCell(metric: String, minimum: Int) -> Message {
        Message(en: "No cell has \(minimum) posts or more, so the heat map of the \(metric) is empty; lower "
                    + "--min-posts, choose coarser sides or take more posts.",
                de: "Keine Zelle hat \(minimum) oder mehr Beiträge, also bleibt die Heatmap der \(metric) leer; "
                    + "--min-posts senken, gröbere Seiten wählen oder mehr Beiträge nehmen.")
    }

    /// The strongest and weakest cells, the empty ones and the warning that cells are no independent tests.
    public static func heatmapSentence(metric: String, strongest: HeatmapCell, weakest: HeatmapCell?,
                                       empty: Message?) -> Message {
        let cell = { (cell: HeatmapCell, german: Bool) -> String in
            german ? "\(cell.name) (Median \(cell.median), \(cell.posts) Beiträge)"
                : "\(cell.name) (median \(cell.median), \(cell.posts) posts)"
        }
        let english = weakest.map { " and lowest at " + cell($0, false) } ?? ""
        let german = weakest.map { " und am niedrigsten bei " + cell($0, true) } ?? ""
        let gap = Message(en: empty.map { " " + $0.en } ?? "", de: empty.map { " " + $0.de } ?? "")
        return Message(
            en: "The \(metric) is highest at \(cell(strongest, false))\(english).\(gap.en) The cells are not "
                + "independent tests: among many cells some stand out by chance, so take the extremes as ideas to "
                + "try, not as findings.",
            de: "Die \(metric) ist am höchsten bei \(cell(strongest, true))\(german).\(gap.de) Die Zellen sind keine "
                + "unabhängigen Tests: unter vielen Zellen fallen einige zufällig auf, also die Extreme als Ideen "
                + "zum Ausprobieren nehmen, nicht als Befunde.")
    }
}
