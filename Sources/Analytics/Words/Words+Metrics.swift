import RapportCore

/// Messages of the metric catalogue.
extension Words {
    /// The `--denominator` flag.
    public static let denominatorFlag = Message(en: "what rates divide by: followers (default), reach, impressions or views",
                                                de: "wodurch Raten teilen: followers (Standard), reach, impressions oder views")
    /// The `--weighted` flag.
    public static let weightedFlag = Message(en: "weight interactions: likes 1, comments 2, shares 3, saves 1",
                                             de: "Interaktionen gewichten: Likes 1, Kommentare 2, Shares 3, Saves 1")
    /// A metric name the catalogue does not have.
    public static func unknownMetric(_ name: String) -> Message {
        Message(en: "no metric is called '\(name)' (score list shows them)", de: "keine Kennzahl heißt '\(name)' (score list zeigt sie)")
    }
    /// A metric on a dataset lacking columns with all of the roles it needs.
    public static func metricNeedsRoles(_ metric: String, _ roles: [ColumnRole], dataset: String) -> Message {
        let list = roles.map(\.rawValue).joined(separator: ", ")
        return Message(en: "\(metric) needs the role \(list), which no column of \(dataset) plays; map one with `roles \(dataset) COLUMN=\(roles[0])`",
                       de: "\(metric) braucht die Rolle \(list), die keine Spalte von \(dataset) spielt; zuordnen mit `roles \(dataset) SPALTE=\(roles[0])`")
    }
    /// A metric on a dataset lacking a column with any of the roles it can use.
    public static func metricNeedsAnyRole(_ metric: String, _ roles: [ColumnRole], dataset: String) -> Message {
        let list = roles.map(\.rawValue).joined(separator: ", ")
        return Message(en: "\(metric) needs at least one of the roles \(list), and no column of \(dataset) plays any",
                       de: "\(metric) braucht mindestens eine der Rollen \(list), und keine Spalte von \(dataset) spielt eine davon")
    }
    /// A role's column that holds no numbers.
    public static func roleNotNumeric(_ role: ColumnRole, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold numbers",
                de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keine Zahlen")
    }
    /// The note on which columns were counted as interactions, and whether weighted.
    public static func countedInteractions(_ columns: [String], weighted: Bool) -> Message {
        let list = columns.joined(separator: " + ")
        return weighted
            ? Message(en: "interactions = \(list), weighted likes 1, comments 2, shares 3, saves 1",
                      de: "Interaktionen = \(list), gewichtet: Likes 1, Kommentare 2, Shares 3, Saves 1")
            : Message(en: "interactions = \(list)", de: "Interaktionen = \(list)")
    }
    /// The note on the column that played a role.
    public static func usedColumn(_ role: ColumnRole, column: String) -> Message {
        Message(en: "\(role): column '\(column)'", de: "\(role): Spalte '\(column)'")
    }
    /// The note on the denominator's column and what happens where it is missing.
    public static func usedDenominator(_ role: ColumnRole, column: String) -> Message {
        Message(en: "divided by \(role) (column '\(column)'); posts where it is missing or 0 are left out",
                de: "geteilt durch \(role) (Spalte '\(column)'); Beiträge, bei denen dieser Wert fehlt oder 0 ist, bleiben außen vor")
    }
    /// The note on counting per post (`--unit post`).
    public static let perPostUnit = Message(en: "counted per post (--unit post), as Kaushik defined it",
                                            de: "je Beitrag gezählt (--unit post), wie Kaushik es definiert hat")
    /// The note on rows left out for lack of a value.
    public static func rowsWithoutValue(_ missing: Int, of total: Int) -> Message {
        Message(en: "\(missing) of \(total) rows have no value and are left out",
                de: "\(missing) von \(total) Zeilen haben keinen Wert und bleiben außen vor")
    }
    /// The note on reading the median first.
    public static let medianIsHeadline = Message(
        en: "the median is the headline number: a single viral post cannot move it; pooled = sum over sum",
        de: "der Median ist die Hauptzahl: ein einzelner viraler Beitrag verschiebt ihn nicht; gepoolt = Summe durch Summe")
    /// The note that reach waste used interactions in place of engaged users.
    public static func reachWasteProxy(_ columns: [String]) -> Message {
        Message(en: "no engaged-users column: interactions (\(columns.joined(separator: " + "))) stand in, a weaker proxy",
                de: "keine Spalte für engagierte Nutzer: Interaktionen (\(columns.joined(separator: " + "))) stehen dafür, ein schwächerer Ersatz")
    }
    /// The note that cost metrics count paid posts only.
    public static let paidPostsOnly = Message(en: "paid posts only (spend > 0)", de: "nur bezahlte Beiträge (Ausgaben > 0)")
    /// The currency cost metrics are labelled with.
    public static func amountsIn(_ currency: String) -> Message {
        Message(en: "amounts in \(currency), the data's own money as exported (set currency labels it; nothing is converted)",
                de: "Beträge in \(currency), dem Geld der Daten wie exportiert (set currency beschriftet es; nichts wird umgerechnet)")
    }
}

/// Messages of the comparisons between voices.
extension Words {
    /// A role's column that holds no text.
    public static func roleNotText(_ role: ColumnRole, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold text", de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keinen Text")
    }
    /// The note on how a bootstrap interval was computed.
    public static func bootstrapNote(resamples: Int, seed: UInt64) -> Message {
        Message(en: "95 % percentile bootstrap interval from \(resamples) resamples of the posts within each voice (seed \(seed))",
                de: "95-%-Perzentil-Bootstrap-Intervall aus \(resamples) Stichproben der Beiträge innerhalb jeder Stimme (Startwert \(seed))")
    }
    /// The note on groups that cannot have a person premium.
    public static let premiumNeedsBothVoices = Message(
        en: "a group without person or institution posts (or whose institution median is 0) has no premium",
        de: "eine Gruppe ohne Personen- oder Institutionsbeiträge (oder mit Institutionsmedian 0) hat keinen Aufschlag")
    /// One line on the `person-premium` metric.
    public static let personPremiumSummary = Message(en: "median engagement rate of person posts / that of institution posts",
                                                     de: "Median-Engagement-Rate von Personenbeiträgen / die von Institutionsbeiträgen")
    /// What `explain person-premium` shows.
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

/// Messages of the authenticity checks.
extension Words {
    /// One line on the `authenticity` metric.
    public static let authenticitySummary = Message(en: "accounts whose engagement is implausibly low for their size",
                                                    de: "Konten, deren Resonanz für ihre Größe unplausibel niedrig ist")
    /// What `explain authenticity` shows.
    public static let authenticityExplanation = MetricExplanation(
        definition: Message(en: "Bought or fake followers never interact, so an account that has many of them earns less engagement than accounts of its size. On accounts (from their posts, or from an accounts table's engagement rate), this check finds those; on a follower sample, `audit` scores each follower by published rules.",
                            de: "Gekaufte oder falsche Follower interagieren nie; ein Konto mit vielen davon erzielt weniger Resonanz als Konten seiner Größe. Auf Konten (aus ihren Beiträgen oder der Engagement-Rate einer Kontentabelle) findet diese Prüfung sie; auf einer Follower-Stichprobe bewertet `audit` jeden Follower nach veröffentlichten Regeln."),
        formula: Message(en: "per account: median engagement rate by followers and median followers of its posts (an accounts table: its engagement_rate and followers); least squares of log(rate) on log(followers) with one slope and a level per platform and voice (a cell of fewer than 5 accounts pooled with the other small cells of its platform, then of the table; a pool still below 5 is not judged); z = residual / s, s = 1.4826 × the median absolute deviation of the residuals × √(n / (n − p)) for n accounts and p fitted parameters (the slope and the levels); flagged when z < −2; rows sorted by z. Real audience (audit) = followers × (1 − fake share).",
                         de: "je Konto: Median-Engagement-Rate über Follower und Median der Follower seiner Beiträge (eine Kontentabelle: ihre engagement_rate und Follower); kleinste Quadrate von log(Rate) auf log(Follower) mit einer Steigung und einem Niveau je Plattform und Stimme (eine Zelle mit weniger als 5 Konten wird mit den anderen kleinen Zellen ihrer Plattform, dann der Tabelle zusammengelegt; ein Pool unter 5 wird nicht beurteilt); z = Residuum / s, s = 1,4826 × Median der absoluten Abweichungen der Residuen von ihrem Median × √(n / (n − p)) für n Konten und p angepasste Parameter (Steigung und Niveaus); markiert bei z < −2; Zeilen nach z sortiert. Echtes Publikum (audit) = Follower × (1 − Fake-Anteil)."),
        leftOut: Message(en: "Accounts that stay fewer than 5 after pooling cannot be judged. A dull account looks like a bought one: the check sees low engagement, not its cause.",
                         de: "Konten, die auch zusammengelegt weniger als 5 bleiben, lassen sich nicht beurteilen. Ein langweiliges Konto sieht aus wie ein gekauftes: die Prüfung sieht niedrige Resonanz, nicht ihre Ursache."),
        source: Message(en: "Follower rules of Camisani-Calzolari, Socialbakers and State of Search (see `audit`); Cresci et al. (2015) found single rules weak and feature-based classifiers strong.",
                        de: "Follower-Regeln von Camisani-Calzolari, Socialbakers und State of Search (siehe `audit`); Cresci u. a. (2015) fanden einzelne Regeln schwach und merkmalsbasierte Klassifikatoren stark."),
        reading: Message(en: "Rules and outliers are indicators, not proof. A flagged account deserves a closer look at its follower list, not an accusation: a thousand real friends can matter more than a hundred thousand bought followers.",
                         de: "Regeln und Ausreißer sind Hinweise, keine Beweise. Ein markiertes Konto verdient einen genaueren Blick auf seine Follower, keine Anschuldigung: tausend echte Freunde können mehr zählen als hunderttausend gekaufte Follower."))
    /// `authenticity` on a dataset with neither posts' engagement nor accounts' engagement rates.
    public static func authenticityNeedsEngagement(_ dataset: String) -> Message {
        Message(en: "authenticity needs engagement: posts with likes, comments, shares or saves and followers, or an accounts table with an engagement rate (roles \(dataset) COLUMN=engagement_rate) and followers",
                de: "authenticity braucht Resonanz: Beiträge mit Likes, Kommentaren, Shares oder Saves und Followern, oder eine Kontentabelle mit Engagement-Rate (roles \(dataset) SPALTE=engagement_rate) und Followern")
    }
    /// `--weighted` on an accounts table, whose engagement rates come as listed.
    public static let weightedNotForListedRates = Message(
        en: "--weighted has no effect here: the engagement rates are taken as the accounts table lists them",
        de: "--weighted wirkt hier nicht: die Engagement-Raten werden so genommen, wie die Kontentabelle sie führt")
    /// The note on the fit the authenticity judgement rests on.
    public static func authenticityFit(accounts: Int, cells: Int, slope: Double) -> Message {
        Message(en: "fitted on \(accounts) accounts in \(cells) platform and voice cells; slope of log rate on log followers \(Language.en.fixed(slope, places: 3))",
                de: "angepasst an \(accounts) Konten in \(cells) Zellen aus Plattform und Stimme; Steigung von log Rate auf log Follower \(Language.de.fixed(slope, places: 3))")
    }
    /// The note on a table without platform and voice columns, whose accounts all share one line.
    public static func authenticityOneCell(_ dataset: String) -> Message {
        Message(en: "\(dataset) has no platform or voice column, so all its accounts share one line and one level",
                de: "\(dataset) hat keine Spalte für Plattform oder Stimme, daher teilen sich alle Konten eine Gerade "
                    + "und ein Niveau")
    }
    /// The note on accounts the authenticity fit could not judge.
    public static func authenticityUnjudged(_ count: Int) -> Message {
        Message(en: "\(count) accounts could not be judged (no rate, or fewer than 5 accounts even when pooled with "
                    + "their platform and the table)",
                de: "\(count) Konten ließen sich nicht beurteilen (keine Rate oder weniger als 5 Konten, auch "
                    + "zusammengelegt mit ihrer Plattform und der Tabelle)")
    }
    /// The note on accounts of small cells pooled with their platform or the table.
    public static func authenticityPooled(_ count: Int) -> Message {
        Message(en: "\(count) accounts in platform and voice cells of fewer than 5 were pooled with the other small "
                    + "cells of their platform, or of the table, to share one level",
                de: "\(count) Konten in Zellen aus Plattform und Stimme mit weniger als 5 Konten wurden mit den anderen "
                    + "kleinen Zellen ihrer Plattform oder der Tabelle zusammengelegt und teilen ein Niveau")
    }
    /// The reminder that authenticity flags are indicators.
    public static let indicatorsNotProof = Message(en: "indicators, not proof: look closer before you conclude",
                                                   de: "Hinweise, keine Beweise: vor einem Urteil genauer hinsehen")
}
