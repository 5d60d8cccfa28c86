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

/// Messages of the comparisons between voices.
extension Words {
    public static func roleNotText(_ role: String, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold text", de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keinen Text")
    }
    public static func bootstrapNote(resamples: Int, seed: UInt64) -> Message {
        Message(en: "95 % percentile bootstrap interval from \(resamples) resamples of the posts within each voice (seed \(seed))",
                de: "95-%-Perzentil-Bootstrap-Intervall aus \(resamples) Stichproben der Beiträge innerhalb jeder Stimme (Startwert \(seed))")
    }
    public static let premiumNeedsBothVoices = Message(
        en: "a group without person or institution posts (or whose institution median is 0) has no premium",
        de: "eine Gruppe ohne Personen- oder Institutionsbeiträge (oder mit Institutionsmedian 0) hat keinen Aufschlag")
    public static let personPremiumSummary = Message(en: "median engagement rate of person posts / that of institution posts",
                                                     de: "Median-Engagement-Rate von Personenbeiträgen / die von Institutionsbeiträgen")
    public static let personPremiumExplanation = MetricExplanation(
        definition: Message(en: "How many times the engagement of a typical post by a person (a CEO, an employee) is that of a typical post by the company's own account.",
                            de: "Das Wievielfache der Resonanz eines typischen Beitrags einer Person (Chefin, Mitarbeiter) gegenüber einem typischen Beitrag des Unternehmenskontos."),
        formula: Message(en: "median engagement rate (by the chosen denominator) of posts with voice person / that of posts with voice institution; 95 % percentile bootstrap interval resampling the posts within each voice (the resamples and seed settings).",
                         de: "Median-Engagement-Rate (mit dem gewählten Nenner) der Beiträge mit Stimme person / die der Beiträge mit Stimme institution; 95-%-Perzentil-Bootstrap-Intervall aus Stichproben der Beiträge innerhalb jeder Stimme (Einstellungen resamples und seed)."),
        leftOut: Message(en: "Posts without a voice are left out (set it with `voice`); a rate by followers favours small accounts, and persons often have fewer followers.",
                         de: "Beiträge ohne Stimme bleiben außen vor (mit `voice` setzen); eine Rate über Follower begünstigt kleine Konten, und Personen haben oft weniger Follower."),
        source: Message(en: "rapport's own ratio of medians, after the observation that people react to people more than to logos; the interval is Efron's percentile bootstrap.",
                        de: "rapports eigenes Verhältnis der Mediane, nach der Beobachtung, dass Menschen stärker auf Menschen reagieren als auf Logos; das Intervall ist Efrons Perzentil-Bootstrap."),
        reading: Message(en: "2.0 means person posts earn twice the engagement rate; an interval that contains 1 means no difference could be shown with this much data. `compare` adds a test.",
                         de: "2,0 heißt: Personenbeiträge erzielen die doppelte Engagement-Rate; enthält das Intervall die 1, ließ sich mit so vielen Daten kein Unterschied zeigen. `compare` ergänzt einen Test."))
}
