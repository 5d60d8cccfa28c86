import RapportCore

/// Messages of the metric catalogue.
extension Words {
    public static func metricNeedsRoles(_ metric: String, _ roles: [String], dataset: String) -> Message {
        let list = roles.joined(separator: ", ")
        return Message(en: "\(metric) needs the role \(list), which no column of \(dataset) plays; map one with `roles \(dataset) COLUMN=\(roles[0])`",
                       de: "\(metric) braucht die Rolle \(list), die keine Spalte von \(dataset) spielt; zuordnen mit `roles \(dataset) SPALTE=\(roles[0])`")
    }
    public static func metricNeedsAnyRole(_ metric: String, _ roles: [String], dataset: String) -> Message {
        let list = roles.joined(separator: ", ")
        return Message(en: "\(metric) needs at least one of the roles \(list), and no column of \(dataset) plays any",
                       de: "\(metric) braucht mindestens eine der Rollen \(list), und keine Spalte von \(dataset) spielt eine davon")
    }
    public static func roleNotNumeric(_ role: String, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold numbers",
                de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keine Zahlen")
    }
    public static func roleNotText(_ role: String, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold text",
                de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keinen Text")
    }
    public static func countedInteractions(_ columns: [String], weighted: Bool) -> Message {
        let list = columns.joined(separator: " + ")
        return weighted
            ? Message(en: "interactions = \(list), weighted likes 1, comments 2, shares 3, saves 1",
                      de: "Interaktionen = \(list), gewichtet: Likes 1, Kommentare 2, Shares 3, Saves 1")
            : Message(en: "interactions = \(list)", de: "Interaktionen = \(list)")
    }
    public static func usedColumn(_ role: String, column: String) -> Message {
        Message(en: "\(role): column '\(column)'", de: "\(role): Spalte '\(column)'")
    }
    public static func usedDenominator(_ role: String, column: String) -> Message {
        Message(en: "divided by \(role) (column '\(column)'); posts where it is missing or 0 are left out",
                de: "geteilt durch \(role) (Spalte '\(column)'); Beiträge, bei denen er fehlt oder 0 ist, bleiben außen vor")
    }
    public static let perPostUnit = Message(en: "counted per post (--unit post), as Kaushik defined it",
                                            de: "je Beitrag gezählt (--unit post), wie Kaushik es definiert hat")
    public static func rowsWithoutValue(_ missing: Int, of total: Int) -> Message {
        Message(en: "\(missing) of \(total) rows have no value and are left out",
                de: "\(missing) von \(total) Zeilen haben keinen Wert und bleiben außen vor")
    }
    public static let medianIsHeadline = Message(
        en: "the median is the headline number: a single viral post cannot move it; pooled = sum over sum",
        de: "der Median ist die Hauptzahl: ein einzelner viraler Beitrag verschiebt ihn nicht; gepoolt = Summe durch Summe")
    public static func reachWasteProxy(_ columns: [String]) -> Message {
        Message(en: "no engaged-users column: interactions (\(columns.joined(separator: " + "))) stand in, a weaker proxy",
                de: "keine Spalte für engagierte Nutzer: Interaktionen (\(columns.joined(separator: " + "))) stehen dafür, ein schwächerer Ersatz")
    }
    public static let paidPostsOnly = Message(en: "paid posts only (spend > 0)", de: "nur bezahlte Beiträge (Ausgaben > 0)")
}
