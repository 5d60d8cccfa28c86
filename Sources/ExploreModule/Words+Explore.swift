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
        en: "The result is called NAME_filtered unless 'as' names it; an existing dataset is replaced only with --replace. Rows where the condition is missing are left out."
            + "\n\n" + ExpressionHelp.functions.en,
        de: "Das Ergebnis heißt NAME_filtered, außer 'as' benennt es; ein bestehender Datensatz wird nur mit --replace ersetzt. Zeilen, in denen die Bedingung fehlt, fallen weg."
            + "\n\n" + ExpressionHelp.functions.de)
    /// One line on `derive`.
    public static let deriveSummary = Message(en: "add a column computed from an expression",
                                              de: "eine aus einem Ausdruck berechnete Spalte hinzufügen")
    /// Longer help on `derive`.
    public static let deriveDiscussion = Message(
        en: "Blanks around '=' are optional. An existing column is replaced only with --replace and keeps its role. undo takes the column back."
            + " To repair a text column: derive posts clean = number(raw), or convert it in place.\n\n"
            + ExpressionHelp.functions.en,
        de: "Leerzeichen um '=' sind freigestellt. Eine bestehende Spalte wird nur mit --replace ersetzt und behält ihre Rolle. undo nimmt die Spalte zurück."
            + " Eine Textspalte reparieren: derive posts clean = number(raw), oder sie mit convert umwandeln.\n\n"
            + ExpressionHelp.functions.de)
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

    /// `join` with more than one key after `on`.
    public static let joinTakesOneKey = Message(en: "join takes one key: on KEY or on LEFTKEY=RIGHTKEY",
                                                de: "join nimmt einen Schlüssel: on KEY oder on LEFTKEY=RIGHTKEY")

    // MARK: convert

    /// One line on `convert`.
    public static let convertSummary = Message(en: "change a column's type in place (text to numbers, times …)",
                                               de: "den Typ einer Spalte an Ort und Stelle ändern (Text zu Zahlen, "
                                                   + "Zeitpunkten …)")
    /// Longer help on `convert`.
    public static let convertDiscussion = Message(
        en: "Text is read by the import's rules: numbers as number() reads them (1.234,5, 3.3k, 1,2 Mio., "
            + "45 % = 0.45), true/false/yes/no, times by the import's formats or by --format in strftime notation "
            + "(%d.%m.%Y %H:%M), wall-clock times in the timezone setting. Empty text and - are missing. Numbers and times convert "
            + "as Unix seconds; a decimal becomes a whole number only when it is whole, and a number true or false "
            + "only when it is 1 or 0. Cells that cannot be read become missing and the message counts them, naming "
            + "the first rows (counted from 1) and values; with --strict nothing changes and the first such cell is "
            + "named. The column keeps its name, place and role; undo takes the change back.",
        de: "Text wird nach den Regeln des Imports gelesen: Zahlen wie number() sie liest (1.234,5, 3.3k, 1,2 Mio., "
            + "45 % = 0,45), true/false/yes/no, Zeitpunkte in den Formaten des Imports oder nach --format in "
            + "strftime-Schreibweise (%d.%m.%Y %H:%M), Uhrzeiten in der Einstellung timezone. Leerer Text und - "
            + "fehlen. Zahlen und Zeitpunkte werden als Unix-Sekunden umgewandelt; eine Dezimalzahl wird nur zur "
            + "ganzen Zahl, wenn sie ganz ist, und eine Zahl nur zu wahr oder falsch, wenn sie 1 oder 0 ist. Zellen, "
            + "die sich nicht lesen lassen, fehlen danach, und die Meldung zählt sie mit den ersten Zeilen (ab 1 "
            + "gezählt) und Werten; mit --strict ändert sich nichts und die erste solche Zelle wird genannt. Die "
            + "Spalte behält Namen, Platz und Rolle; undo nimmt die Änderung zurück.")
    /// The `--format` flag of `convert`.
    public static let convertFormatFlag = Message(en: "how the text spells times, in strftime notation: "
                                                      + "\"%d.%m.%Y %H:%M\"",
                                                  de: "wie der Text Zeitpunkte schreibt, in strftime-Schreibweise: "
                                                      + "\"%d.%m.%Y %H:%M\"")
    /// The `--strict` flag of `convert`.
    public static let convertStrictFlag = Message(en: "refuse if any cell cannot be read, instead of making it missing",
                                                  de: "ablehnen, wenn eine Zelle nicht lesbar ist, statt sie fehlen zu "
                                                      + "lassen")
    /// `--format` with a conversion that is not from text to time.
    public static let convertFormatOnlyForTimes = Message(en: "--format only applies when text becomes a time",
                                                          de: "--format gilt nur, wenn Text zu Zeitpunkten wird")
    /// `convert` to the type the column has already.
    public static func alreadyOfType(_ column: String, in dataset: String, _ type: String) -> Message {
        Message(en: "\(column) in \(dataset) is \(type) already; nothing changed",
                de: "\(column) in \(dataset) ist schon \(type); nichts geändert")
    }
    /// A conversion between types that have nothing in common.
    public static func cannotConvert(_ column: String, _ from: String, _ to: String) -> Message {
        Message(en: "\(column) is \(from), which cannot become \(to)",
                de: "\(column) ist \(from) und kann nicht zu \(to) werden")
    }
    /// `convert --strict` and a cell it cannot read.
    public static func convertRefused(row: Int, value: String, column: String, type: String) -> Message {
        Message(en: "row \(row) of \(column) holds \"\(value)\", which cannot be read as \(type); nothing changed "
                    + "(without --strict such cells become missing)",
                de: "Zeile \(row) von \(column) enthält \"\(value)\", das sich nicht als \(type) lesen lässt; nichts "
                    + "geändert (ohne --strict fehlen solche Zellen danach)")
    }
    /// What `convert` did: how many cells could not be read, and the first of them.
    public static func converted(_ column: String, in dataset: String, to type: String, failed: Int,
                                 quoted: [(row: Int, value: String)]) -> Message {
        guard failed > 0 else {
            return Message(en: "converted \(column) in \(dataset) to \(type); every value was read",
                           de: "\(column) in \(dataset) zu \(type) umgewandelt; jeder Wert wurde gelesen")
        }
        let english = quoted.map { "row \($0.row) \"\($0.value)\"" }.joined(separator: ", ")
        let german = quoted.map { "Zeile \($0.row) \"\($0.value)\"" }.joined(separator: ", ")
        let more = failed > quoted.count ? " …" : ""
        return Message(
            en: "converted \(column) in \(dataset) to \(type); \(failed) cell\(failed == 1 ? "" : "s") could not be "
                + "read and \(failed == 1 ? "is" : "are") now missing: \(english)\(more)",
            de: "\(column) in \(dataset) zu \(type) umgewandelt; \(failed) Zelle\(failed == 1 ? "" : "n") "
                + "\(failed == 1 ? "war" : "waren") nicht lesbar und \(failed == 1 ? "fehlt" : "fehlen") jetzt: "
                + "\(german)\(more)")
    }

    // MARK: rename-column

    /// One line on `rename-column`.
    public static let renameColumnSummary = Message(en: "give a column a new name", de: "eine Spalte umbenennen")
    /// Longer help on `rename-column`.
    public static let renameColumnDiscussion = Message(
        en: "The column keeps its place, values and role. 'rename' renames datasets.",
        de: "Die Spalte behält Platz, Werte und Rolle. 'rename' benennt Datensätze um.")
    /// `rename-column` to an empty name.
    public static let emptyColumnName = Message(en: "a column needs a name that is not empty",
                                                de: "eine Spalte braucht einen Namen, der nicht leer ist")
    /// `rename-column` to the name of another column.
    public static func columnExistsAlready(_ column: String, in dataset: String) -> Message {
        Message(en: "dataset '\(dataset)' has a column '\(column)' already",
                de: "Datensatz '\(dataset)' hat schon eine Spalte '\(column)'")
    }
    /// What `rename-column` did.
    public static func columnRenamed(_ old: String, _ new: String, in dataset: String) -> Message {
        Message(en: "renamed column \(old) of \(dataset) to \(new)",
                de: "Spalte \(old) von \(dataset) in \(new) umbenannt")
    }

    // MARK: dedupe

    /// One line on `dedupe`.
    public static let dedupeSummary = Message(en: "remove duplicate rows", de: "doppelte Zeilen entfernen")
    /// Longer help on `dedupe`.
    public static let dedupeDiscussion = Message(
        en: "Rows are duplicates when every column holds the same value (missing counts as equal to missing), or "
            + "with 'on COLUMN[,COLUMN]' the values of those columns. Of each set of duplicates the first row stays, "
            + "as pandas' drop_duplicates keeps it; --keep last keeps the last. (import --append with --dedupe-on "
            + "keeps the last instead, because there the later file is the newer export.) The rows keep their order. "
            + "Without 'as' the dataset itself changes; undo takes it back.",
        de: "Zeilen sind doppelt, wenn jede Spalte denselben Wert hat (fehlend gilt als gleich fehlend), oder mit "
            + "'on SPALTE[,SPALTE]' die Werte dieser Spalten. Von jeder Gruppe doppelter Zeilen bleibt die erste, wie "
            + "bei drop_duplicates von pandas; --keep last behält die letzte. (import --append mit --dedupe-on "
            + "behält dagegen die letzte, weil dort die spätere Datei der neuere Export ist.) Die Zeilen behalten ihre "
            + "Reihenfolge. Ohne 'as' ändert sich der Datensatz selbst; undo nimmt das zurück.")
    /// The `--keep` flag of `dedupe`.
    public static let dedupeKeepFlag = Message(
        en: "which of the duplicates stays (default: first, as in pandas)",
        de: "welche der doppelten Zeilen bleibt (Standard: first, wie in pandas)")
    /// What `dedupe` did.
    public static func deduped(removed: Int, of total: Int, on columns: [String], keep: String, into name: String)
        -> Message {
        let english = columns.isEmpty ? "duplicate rows" : "rows duplicate on " + columns.joined(separator: ", ")
        let german = columns.isEmpty ? "doppelte Zeilen" : "in " + columns.joined(separator: ", ") + " doppelte Zeilen"
        return Message(en: "removed \(removed) of \(total) rows as \(english) (kept the \(keep) of each); "
                           + "\(total - removed) rows stored as \(name)",
                       de: "\(removed) von \(total) Zeilen als \(german) entfernt (je die "
                           + "\(keep == "first" ? "erste" : "letzte") behalten); \(total - removed) Zeilen als "
                           + "\(name) gespeichert")
    }
}
