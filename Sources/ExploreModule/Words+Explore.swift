import RapportCore

/// Messages of the explore commands.
extension Words {
    /// One line on `describe`.
    public static let describeSummary = Message(en: "summarise every column of a dataset",
                                                de: "jede Spalte eines Datensatzes zusammenfassen")
    /// Longer help on `describe`.
    public static let describeDiscussion = Message(
        en: "Per column: type, role, missing and distinct values; min, max, mean and median for numbers (median interpolated between the middle values); the three most frequent values for text; how many are true and false; the first and last for times (in the timezone setting).",
        de: "Pro Spalte: Typ, Rolle, fehlende und verschiedene Werte; Minimum, Maximum, Mittelwert und Median für Zahlen (Median zwischen den mittleren Werten interpoliert); die drei häufigsten Werte für Text; wie viele wahr und falsch sind; der erste und letzte Zeitpunkt für Zeiten (in der Einstellung timezone).")
    /// One line on `filter`.
    public static let filterSummary = Message(en: "keep the rows where a condition holds, as a new dataset",
                                              de: "die Zeilen behalten, für die eine Bedingung gilt, als neuen Datensatz")
    /// Longer help on `filter`.
    public static let filterDiscussion = Message(
        en: "The result is called NAME_filtered unless 'as' names it; an existing dataset is replaced only with --replace. Rows where the condition is missing are left out.",
        de: "Das Ergebnis heißt NAME_filtered, außer 'as' benennt es; ein bestehender Datensatz wird nur mit --replace ersetzt. Zeilen, in denen die Bedingung fehlt, fallen weg.")
    /// One line on `derive`.
    public static let deriveSummary = Message(en: "add a column computed from an expression",
                                              de: "eine aus einem Ausdruck berechnete Spalte hinzufügen")
    /// Longer help on `derive`.
    public static let deriveDiscussion = Message(
        en: "Blanks around '=' are optional. An existing column is replaced only with --replace and keeps its role. undo takes the column back.",
        de: "Leerzeichen um '=' sind freigestellt. Eine bestehende Spalte wird nur mit --replace ersetzt und behält ihre Rolle. undo nimmt die Spalte zurück.")
    /// One line on `sort`.
    public static let sortSummary = Message(en: "sort the rows by columns (missing values last)",
                                            de: "die Zeilen nach Spalten sortieren (fehlende Werte zuletzt)")
    /// One line on `count`.
    public static let countSummary = Message(en: "count the rows of each group of values",
                                             de: "die Zeilen jeder Wertegruppe zählen")
    /// One line on `join`.
    public static let joinSummary = Message(en: "bring the columns of another dataset in where keys match",
                                            de: "die Spalten eines anderen Datensatzes dort übernehmen, wo die Schlüssel passen")
    /// Longer help on `join`.
    public static let joinDiscussion = Message(
        en: "A left join: every row of LEFT stays; RIGHT's columns are missing where no key matches. KEY names a column of both, or LEFTKEY=RIGHTKEY. Each key may appear only once in RIGHT. Columns whose names LEFT has already get the suffix _RIGHT. Without 'as' LEFT is replaced.",
        de: "Ein Left Join: jede Zeile von LEFT bleibt; die Spalten von RIGHT fehlen, wo kein Schlüssel passt. KEY nennt eine Spalte beider, oder LEFTKEY=RIGHTKEY. Jeder Schlüssel darf in RIGHT nur einmal vorkommen. Spalten, deren Namen LEFT schon hat, erhalten die Endung _RIGHT. Ohne 'as' wird LEFT ersetzt.")
    /// One line on `sample`.
    public static let sampleSummary = Message(en: "draw rows at random, without replacement",
                                              de: "zufällig Zeilen ziehen, ohne Zurücklegen")
    /// Longer help on `sample`.
    public static let sampleDiscussion = Message(
        en: "The rows keep their original order. The result is called NAME_sample unless 'as' names it. The seed is the workspace's seed setting unless --seed is given; the same seed draws the same rows.",
        de: "Die Zeilen behalten ihre ursprüngliche Reihenfolge. Das Ergebnis heißt NAME_sample, außer 'as' benennt es. Startwert ist die Einstellung seed, außer --seed ist angegeben; derselbe Startwert zieht dieselben Zeilen.")
    /// The `--replace` flag of `derive`.
    public static let replaceColumnFlag = Message(en: "replace an existing column of that name",
                                                  de: "eine bestehende Spalte dieses Namens ersetzen")
    /// The `--seed` flag of `sample`.
    public static let sampleSeedFlag = Message(en: "seed of the draw (default: the seed setting)",
                                               de: "Startwert der Ziehung (Standard: die Einstellung seed)")
    /// `filter` without a condition.
    public static let filterNeedsWhere = Message(en: "filter needs a condition: where EXPR",
                                                 de: "filter braucht eine Bedingung: where AUSDRUCK")
    /// `sort` or `count` without columns.
    public static let needsBy = Message(en: "name the columns with: by COLUMN[,COLUMN]",
                                        de: "die Spalten angeben mit: by SPALTE[,SPALTE]")
    /// `join` without a key.
    public static let joinNeedsOn = Message(en: "join needs a key: on KEY or on LEFTKEY=RIGHTKEY",
                                            de: "join braucht einen Schlüssel: on KEY oder on LEFTKEY=RIGHTKEY")
    /// `derive` without `COLUMN = EXPR`.
    public static let deriveNeedsEquals = Message(en: "expected COLUMN = EXPR", de: "erwartet: SPALTE = AUSDRUCK")

    /// `derive` of a column that exists, without --replace.
    public static func columnExists(_ column: String, in dataset: String) -> Message {
        Message(en: "dataset '\(dataset)' has a column '\(column)' already (add --replace to replace it)",
                de: "Datensatz '\(dataset)' hat schon eine Spalte '\(column)' (mit --replace ersetzen)")
    }
    /// Join keys of types that never match.
    public static func joinKeyTypes(_ left: Message, _ right: Message) -> Message {
        Message(en: "the keys cannot match: \(left.en) on the left, \(right.en) on the right",
                de: "die Schlüssel können nicht passen: links \(left.de), rechts \(right.de)")
    }
    /// A key that appears twice in the right dataset of a join.
    public static func duplicateJoinKey(_ value: String, column: String, in dataset: String) -> Message {
        Message(en: "'\(value)' appears more than once in column '\(column)' of '\(dataset)'; a join needs each key once on the right",
                de: "'\(value)' kommt in Spalte '\(column)' von '\(dataset)' mehrfach vor; ein Join braucht jeden Schlüssel rechts nur einmal")
    }
    /// What `filter` did.
    public static func filtered(_ kept: Int, of total: Int, into name: String) -> Message {
        Message(en: "kept \(kept) of \(total) rows as \(name)", de: "\(kept) von \(total) Zeilen als \(name) behalten")
    }
    /// What `derive` did.
    public static func derived(_ column: String, in dataset: String, missing: Int) -> Message {
        Message(en: "computed \(column) in \(dataset) (\(missing) missing)", de: "\(column) in \(dataset) berechnet (\(missing) fehlend)")
    }
    /// What `sort` did.
    public static func sorted(_ name: String, by columns: String) -> Message {
        Message(en: "sorted \(name) by \(columns)", de: "\(name) nach \(columns) sortiert")
    }
    /// What `join` did.
    public static func joined(_ matched: Int, of total: Int, into name: String) -> Message {
        Message(en: "\(matched) of \(total) rows found a match; stored as \(name)",
                de: "\(matched) von \(total) Zeilen fanden eine Entsprechung; gespeichert als \(name)")
    }
    /// What `sample` did.
    public static func sampled(_ count: Int, of total: Int, into name: String, seed: UInt64) -> Message {
        Message(en: "drew \(count) of \(total) rows as \(name) (seed \(seed))",
                de: "\(count) von \(total) Zeilen als \(name) gezogen (Startwert \(seed))")
    }
}
