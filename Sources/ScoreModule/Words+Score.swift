import RapportCore

/// Messages of the score module.
extension Words {
    public static let scoreSummary = Message(en: "compute a metric of the catalogue per group", de: "eine Kennzahl des Katalogs je Gruppe berechnen")
    public static let scoreDiscussion = Message(
        en: "Per group: posts, median, mean, 25th and 75th percentile and the pooled value (sum over sum). The result is stored as NAME-METRIC (or the `as` name) and replaced when the same score runs again. `score list` shows the catalogue, `explain METRIC` the definitions.",
        de: "Je Gruppe: Beiträge, Median, Mittelwert, 25. und 75. Perzentil und der gepoolte Wert (Summe durch Summe). Das Ergebnis heißt NAME-KENNZAHL (oder wie mit `as` angegeben) und wird beim erneuten Berechnen ersetzt. `score list` zeigt den Katalog, `explain KENNZAHL` die Definitionen.")
    public static let scoreListSummary = Message(en: "list the metrics", de: "die Kennzahlen auflisten")
    public static let unitFlag = Message(en: "follower (default) or post: Kaushik's per-post applause, conversation and amplification",
                                         de: "follower (Standard) oder post: Kaushiks Applause, Conversation und Amplification je Beitrag")
    public static let perPostFlag = Message(en: "add the per-post values as a column of the dataset instead of a result",
                                            de: "die Werte je Beitrag als Spalte des Datensatzes anfügen statt eines Ergebnisses")
    public static let namesFlag = Message(en: "the company's names, separated by ; (attribution)",
                                          de: "die Namen des Unternehmens, getrennt durch ; (Zuordnung)")
    public static let asOfFlag = Message(en: "the day recency is measured from (relationship stages)",
                                         de: "der Tag, ab dem Aktualität gemessen wird (Beziehungsstufen)")
    public static let goalsTitle = Message(en: "goals of this metric", de: "Ziele dieser Kennzahl")

    public static func noPerPostValues(_ metric: String) -> Message {
        Message(en: "\(metric) has no value per post, so --per-post cannot add one", de: "\(metric) hat keinen Wert je Beitrag, --per-post kann keinen anfügen")
    }
    public static func perPostAdded(_ metric: String, dataset: String, rows: Int) -> Message {
        Message(en: "added column \(metric) to \(dataset) (\(rows) rows computed)", de: "Spalte \(metric) an \(dataset) angefügt (\(rows) Zeilen berechnet)")
    }
    public static func badAsOf(_ text: String) -> Message {
        Message(en: "--as-of takes a date such as 2025-06-30, not '\(text)'", de: "--as-of braucht ein Datum wie 2025-06-30, nicht '\(text)'")
    }
    public static func scoreTitle(_ metric: String, dataset: String, rows: Int) -> Message {
        Message(en: "\(metric) of \(dataset) (\(rows) rows)", de: "\(metric) von \(dataset) (\(rows) Zeilen)")
    }
    public static func scoreStored(_ name: String) -> Message {
        Message(en: "stored as \(name)", de: "gespeichert als \(name)")
    }

    public static let explainSummary = Message(en: "what an idea or a metric means, how it is computed and how to read it",
                                               de: "was eine Idee oder Kennzahl bedeutet, wie sie berechnet wird und wie man sie liest")
    public static let explainDefinition = Message(en: "What it is", de: "Was sie ist")
    public static let explainFormula = Message(en: "Formula", de: "Formel")
    public static let explainLeftOut = Message(en: "What it leaves out", de: "Was sie auslässt")
    public static let explainSource = Message(en: "Source", de: "Quelle")
    public static let explainReading = Message(en: "How to read it", de: "Wie man sie liest")

    public static let goalSummary = Message(en: "targets for metrics: set, list, drop, check", de: "Ziele für Kennzahlen: set, list, drop, check")
    public static let goalSetSummary = Message(en: "set a target, such as engagement-rate >= 3%", de: "ein Ziel setzen, etwa engagement-rate >= 3%")
    public static let goalListSummary = Message(en: "list the goals", de: "die Ziele auflisten")
    public static let goalDropSummary = Message(en: "remove a goal", de: "ein Ziel entfernen")
    public static let goalCheckSummary = Message(en: "check every goal against the data: target, actual, met, gap",
                                                 de: "jedes Ziel an den Daten prüfen: Ziel, Ist, erreicht, Abstand")
    public static let noGoals = Message(en: "no goals yet (goal set NAME DATASET METRIC >= VALUE)",
                                        de: "noch keine Ziele (goal set NAME DATENSATZ KENNZAHL >= WERT)")
    public static func badGoalName(_ name: String) -> Message {
        Message(en: "'\(name)' cannot name a goal (start with a letter; letters, digits, _ and - only)",
                de: "'\(name)' taugt nicht als Zielname (mit Buchstaben beginnen; nur Buchstaben, Ziffern, _ und -)")
    }
    public static func goalExists(_ name: String) -> Message {
        Message(en: "a goal called \(name) exists; add --replace to change it", de: "ein Ziel namens \(name) gibt es schon; mit --replace ändern")
    }
    public static func unknownGoal(_ name: String) -> Message {
        Message(en: "no goal is called '\(name)'", de: "kein Ziel heißt '\(name)'")
    }
    public static func badGoalOperator(_ text: String) -> Message {
        Message(en: "the comparison must be one of >= <= > < ==, not '\(text)'", de: "der Vergleich muss >= <= > < == sein, nicht '\(text)'")
    }
    public static func badGoalValue(_ text: String) -> Message {
        Message(en: "the target must be a number such as 3% or 0.03, not '\(text)'", de: "das Ziel muss eine Zahl wie 3% oder 0,03 sein, nicht '\(text)'")
    }
    public static func goalStored(_ name: String) -> Message {
        Message(en: "goal \(name) set", de: "Ziel \(name) gesetzt")
    }
    public static func goalDropped(_ name: String) -> Message {
        Message(en: "goal \(name) removed", de: "Ziel \(name) entfernt")
    }
}
