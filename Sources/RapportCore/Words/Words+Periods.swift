/// Messages about grouping by period (`--per`, `--time`) that score, count, compare and trend share.
extension Words {
    /// What `--per PERIOD` does.
    public static let perFlag = Message(
        en: "group by the period of the time column first: day, week (ISO), month, quarter, year, weekday (1 = Monday) "
            + "or hour (0-23), in the timezone setting",
        de: "zuerst nach dem Zeitraum der Zeitspalte gruppieren: day, week (ISO), month, quarter, year, "
            + "weekday (1 = Montag) oder hour (0-23), in der Einstellung timezone")
    /// What `--time COLUMN` does.
    public static let timeColumnFlag = Message(
        en: "the time column periods are read from (default: the dataset's time role: published, time or commented_at)",
        de: "die Zeitspalte, aus der die Zeiträume gelesen werden (Standard: die Zeitrolle des Datensatzes: "
            + "published, time oder commented_at)")
    /// `--time` named a column that holds no times.
    public static func notATimeColumn(_ column: String, type: String) -> Message {
        Message(en: "column '\(column)' holds \(type) values, not times; convert it first (convert ... to time)",
                de: "die Spalte '\(column)' enthält \(type)-Werte, keine Zeiten; zuerst umwandeln "
                    + "(convert ... to time)")
    }
    /// A dataset without a column in a time role.
    public static func noTimeRole(_ dataset: String) -> Message {
        Message(en: "\(dataset) has no column in a time role (published, time or commented_at); "
                    + "name the time column with --time COLUMN",
                de: "\(dataset) hat keine Spalte mit einer Zeitrolle (published, time oder commented_at); "
                    + "die Zeitspalte mit --time SPALTE nennen")
    }
    /// `--time` given without `--per`.
    public static let timeNeedsPer = Message(en: "--time names the column of --per; give --per too",
                                             de: "--time nennt die Spalte für --per; auch --per angeben")
}

/// The help lines of the period functions of expressions.
extension Words {
    /// `year(t)`.
    public static let yearFunction = Message(en: "the year, in the timezone setting",
                                             de: "das Jahr, in der Einstellung timezone")
    /// `period(t, 'month')`.
    public static let periodFunction = Message(
        en: "the label of the day, ISO week, month, quarter or year: 2025-03-07, 2025-W10, 2025-03, 2025-Q1, 2025",
        de: "die Bezeichnung von Tag, ISO-Woche, Monat, Quartal oder Jahr: 2025-03-07, 2025-W10, 2025-03, "
            + "2025-Q1, 2025")
    /// `period_start(t, 'week')`.
    public static let periodStartFunction = Message(
        en: "the moment the day, ISO week, month, quarter or year begins, in the timezone setting",
        de: "der Zeitpunkt, an dem Tag, ISO-Woche, Monat, Quartal oder Jahr beginnt, in der Einstellung timezone")
}
