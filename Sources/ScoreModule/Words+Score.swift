import RapportCore

/// Messages of the score module.
extension Words {
    /// One line on `score`.
    public static let scoreSummary = Message(en: "compute a metric of the catalogue per group", de: "eine Kennzahl des Katalogs je Gruppe berechnen")
    /// Longer help on `score`: the summary per group and where the result is stored.
    public static let scoreDiscussion = Message(
        en: "Per group: posts, median, mean, 25th and 75th percentile and the pooled value (sum over sum). The result is stored as NAME-METRIC (or the `as` name) and replaced when the same score runs again. `score list` shows the catalogue, `explain METRIC` the definitions.",
        de: "Je Gruppe: Beiträge, Median, Mittelwert, 25. und 75. Perzentil und der gepoolte Wert (Summe durch Summe). Das Ergebnis heißt NAME-KENNZAHL (oder wie mit `as` angegeben) und wird beim erneuten Berechnen ersetzt. `score list` zeigt den Katalog, `explain KENNZAHL` die Definitionen.")
    /// One line on `score list`.
    public static let scoreListSummary = Message(en: "list the metrics", de: "die Kennzahlen auflisten")
    /// The `--unit` flag.
    public static let unitFlag = Message(en: "follower (default) or post: Kaushik's per-post applause, conversation and amplification",
                                         de: "follower (Standard) oder post: Kaushiks Applause, Conversation und Amplification je Beitrag")
    /// The `--per-post` flag.
    public static let perPostFlag = Message(en: "add the per-post values as a column of the dataset instead of a result",
                                            de: "die Werte je Beitrag als Spalte des Datensatzes anfügen statt eines Ergebnisses")
    /// The `--names` flag.
    public static let namesFlag = Message(en: "the company's names, separated by ; (attribution)",
                                          de: "die Namen des Unternehmens, getrennt durch ; (Zuordnung)")
    /// The `--as-of` flag.
    public static let asOfFlag = Message(
        en: "the day recency is measured from (relationship stages): a date means the start of that day in the "
            + "timezone setting; a time with an offset (2025-06-30T12:00Z) is taken as it is",
        de: "der Tag, ab dem Aktualität gemessen wird (Beziehungsstufen): ein Datum meint den Beginn dieses Tages in "
            + "der Einstellung timezone; ein Zeitpunkt mit Versatz (2025-06-30T12:00Z) gilt, wie er ist")
    /// A `score` flag the metric does not take into account.
    public static func optionIgnored(_ flag: String, metric: String) -> Message {
        Message(en: "--\(flag) has no effect on \(metric) and was ignored", de: "--\(flag) wirkt sich auf \(metric) nicht aus und wurde ignoriert")
    }
    /// `--posts`.
    public static let postsFlag = Message(en: "a posts dataset to look up by columns in by post_id (account of an interaction or reply)",
                                          de: "ein Datensatz von Beiträgen, in dem by-Spalten über post_id nachgeschlagen werden (Konto einer Interaktion oder Antwort)")
    /// A by column missing from a dataset that names posts by id.
    public static func unknownColumnLookUpInPosts(_ name: String, in dataset: String) -> Message {
        Message(en: "dataset '\(dataset)' has no column '\(name)'; --posts NAME looks it up in a posts dataset by post_id",
                de: "Datensatz '\(dataset)' hat keine Spalte '\(name)'; --posts NAME schlägt sie über post_id in einem Datensatz von Beiträgen nach")
    }
    /// `--posts` with a dataset that has no `post_id` role.
    public static func lookupNeedsPostID(_ dataset: String) -> Message {
        Message(en: "looking up columns by post needs the role post_id in '\(dataset)' (roles \(dataset) COLUMN=post_id)",
                de: "das Nachschlagen über Beiträge braucht die Rolle post_id in '\(dataset)' (roles \(dataset) SPALTE=post_id)")
    }
    /// `--posts` when no `by` column had to be looked up.
    public static func postsNotNeeded(_ dataset: String) -> Message {
        Message(en: "--posts looked nothing up: \(dataset) has every by column already (or there is no by)",
                de: "--posts hat nichts nachgeschlagen: \(dataset) hat jede by-Spalte schon (oder es gibt kein by)")
    }
    /// Rows whose post `--posts` did not find.
    public static func postsNotFound(_ count: Int, of total: Int) -> Message {
        Message(en: "\(count) of \(total) rows name a post the posts dataset does not hold; their group is missing",
                de: "\(count) von \(total) Zeilen nennen einen Beitrag, den der Datensatz der Beiträge nicht enthält; ihre Gruppe fehlt")
    }
    /// The heading over the goals printed with a score.
    public static let goalsTitle = Message(en: "goals of this metric", de: "Ziele dieser Kennzahl")

    /// `--per-post` on a metric without a value per post.
    public static func noPerPostValues(_ metric: String) -> Message {
        Message(en: "\(metric) has no value per post, so --per-post cannot add one", de: "\(metric) hat keinen Wert je Beitrag, --per-post kann keinen anfügen")
    }
    /// What `score --per-post` says when done.
    public static func perPostAdded(_ metric: String, dataset: String, rows: Int) -> Message {
        let count = rowCount(rows)
        return Message(en: "added column \(metric) to \(dataset) (\(count.en) computed)", de: "Spalte \(metric) an \(dataset) angefügt (\(count.de) berechnet)")
    }
    /// An `--as-of` that is not a date.
    public static func badAsOf(_ text: String) -> Message {
        Message(en: "--as-of takes a date such as 2025-06-30, not '\(text)'", de: "--as-of braucht ein Datum wie 2025-06-30, nicht '\(text)'")
    }
    /// The title of the score table.
    public static func scoreTitle(_ metric: String, dataset: String, rows: Int) -> Message {
        Message(en: "\(metric) of \(dataset) (\(rowCount(rows).en))", de: "\(metric) von \(dataset) (\(rowCount(rows).de))")
    }
    /// The note naming the stored result.
    public static func scoreStored(_ name: String) -> Message {
        Message(en: "stored as \(name)", de: "gespeichert als \(name)")
    }

    /// One line on `explain`.
    public static let explainSummary = Message(en: "what an idea or a metric means, how it is computed and how to read it",
                                               de: "was eine Idee oder Kennzahl bedeutet, wie sie berechnet wird und wie man sie liest")
    /// The heading of an explanation's definition.
    public static let explainDefinition = Message(en: "What it is", de: "Was sie ist")
    /// The heading of an explanation's formula.
    public static let explainFormula = Message(en: "Formula", de: "Formel")
    /// The heading of what a metric leaves out.
    public static let explainLeftOut = Message(en: "What it leaves out", de: "Was sie auslässt")
    /// The heading of an explanation's source.
    public static let explainSource = Message(en: "Source", de: "Quelle")
    /// The heading of how to read a metric.
    public static let explainReading = Message(en: "How to read it", de: "Wie man sie liest")

    /// One line on `goal`.
    public static let goalSummary = Message(en: "targets for metrics: set, list, drop, check", de: "Ziele für Kennzahlen: set, list, drop, check")
    /// One line on `goal set`.
    public static let goalSetSummary = Message(en: "set a target, such as engagement-rate >= 3%", de: "ein Ziel setzen, etwa engagement-rate >= 3%")
    /// One line on `goal list`.
    public static let goalListSummary = Message(en: "list the goals", de: "die Ziele auflisten")
    /// One line on `goal drop`.
    public static let goalDropSummary = Message(en: "remove a goal", de: "ein Ziel entfernen")
    /// One line on `goal check`.
    public static let goalCheckSummary = Message(en: "check every goal against the data: target, actual, met, gap",
                                                 de: "jedes Ziel an den Daten prüfen: Ziel, Ist, erreicht, Abstand")
    /// `goal list` or `goal check` with no goals set.
    public static let noGoals = Message(en: "no goals yet (goal set NAME DATASET METRIC >= VALUE)",
                                        de: "noch keine Ziele (goal set NAME DATENSATZ KENNZAHL >= WERT)")
    /// A goal name that breaks the naming rules.
    public static func badGoalName(_ name: String) -> Message {
        Message(en: "'\(name)' cannot name a goal (start with a letter; letters, digits, _ and - only)",
                de: "'\(name)' taugt nicht als Zielname (mit Buchstaben beginnen; nur Buchstaben, Ziffern, _ und -)")
    }
    /// `goal set` on a taken name without `--replace`.
    public static func goalExists(_ name: String) -> Message {
        Message(en: "a goal called \(name) exists; add --replace to change it", de: "ein Ziel namens \(name) gibt es schon; mit --replace ändern")
    }
    /// A goal name no goal has.
    public static func unknownGoal(_ name: String) -> Message {
        Message(en: "no goal is called '\(name)'", de: "kein Ziel heißt '\(name)'")
    }
    /// A goal's target that is not a number or percentage.
    public static func badGoalValue(_ text: String) -> Message {
        Message(en: "the target must be a number such as 3% or 0.03, not '\(text)'", de: "das Ziel muss eine Zahl wie 3% oder 0,03 sein, nicht '\(text)'")
    }
    /// What `goal set` says when done.
    public static func goalStored(_ name: String) -> Message {
        Message(en: "goal \(name) set", de: "Ziel \(name) gesetzt")
    }
    /// What `goal drop` says when done.
    public static func goalDropped(_ name: String) -> Message {
        Message(en: "goal \(name) removed", de: "Ziel \(name) entfernt")
    }
}
