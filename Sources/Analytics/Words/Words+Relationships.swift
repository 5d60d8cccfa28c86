import RapportCore

/// Notes and readings of responsiveness, relationship stages and frequency pressure.
extension Words {
    /// A role's column holds no times.
    public static func roleNotTime(_ role: ColumnRole, column: String, dataset: String) -> Message {
        Message(en: "the \(role) column '\(column)' of \(dataset) does not hold times",
                de: "die \(role)-Spalte '\(column)' von \(dataset) enthält keine Zeitpunkte")
    }
    /// `responsiveness by` a responder column, which the metric splits by already.
    public static func responderSplitAlready(_ column: String) -> Message {
        Message(en: "responsiveness already splits every group by its responder column '\(column)': leave it out of by",
                de: "responsiveness teilt jede Gruppe schon nach der Spalte der Antwortenden '\(column)': bitte nicht in by nennen")
    }
    /// Comments without a comment time.
    public static func commentsWithoutTime(_ count: Int, of total: Int) -> Message {
        Message(en: "\(count) of \(total) comments have no comment time and are left out entirely",
                de: "\(count) von \(total) Kommentaren haben keine Kommentarzeit und bleiben ganz außen vor")
    }
    /// Replies dated before their comment.
    public static func repliesBeforeComments(_ count: Int) -> Message {
        Message(en: "\(count) replies are dated before their comment: they count as answered, their time is left out",
                de: "\(count) Antworten liegen vor ihrem Kommentar: sie zählen als beantwortet, ihre Zeit bleibt außen vor")
    }
    /// No responder column, so no split.
    public static let noResponderColumn = Message(
        en: "no column plays the role responder: no split by staff and agency (map one with `roles NAME COLUMN=responder`)",
        de: "keine Spalte spielt die Rolle responder: keine Aufteilung nach eigenem Team und Agentur (zuordnen mit `roles NAME SPALTE=responder`)")
    /// How unanswered comments count.
    public static let unansweredInShareOnly = Message(
        en: "unanswered comments count in the answered share, not in the hours; responder 'all' is every comment of the group; interval: 95 % Wilson",
        de: "unbeantwortete Kommentare zählen im beantworteten Anteil, nicht in den Stunden; responder 'all' sind alle Kommentare der Gruppe; Intervall: 95 % nach Wilson")
    /// The window of relationship stages and its thresholds.
    public static func stageWindow(from start: String, to end: String, thresholds: StageThresholds, isAsOf: Bool) -> Message {
        let window = thresholds.windowDays, friend = thresholds.friendPoints
        let confidant = thresholds.confidantPoints, recent = thresholds.recentDays
        let endEN = isAsOf ? "--as-of" : "the latest interaction", endDE = isAsOf ? "--as-of" : "der jüngsten Interaktion"
        return Message(
            en: "window: \(window) days after \(start) up to \(end) (\(endEN)); points like 1, comment 2, share 3, reply 4; acquaintance from 1, friend from \(friend), confidant from \(confidant) with a comment or share in the last \(recent) days",
            de: "Zeitfenster: \(window) Tage nach \(start) bis \(end) (\(endDE)); Punkte: Like 1, Kommentar 2, Share 3, Antwort 4; Bekannter ab 1, Freund ab \(friend), Vertrauter ab \(confidant) mit einem Kommentar oder Share in den letzten \(recent) Tagen")
    }
    /// Rows without a person.
    public static func rowsWithoutPerson(_ count: Int) -> Message {
        Message(en: "\(count) rows name no person and are left out", de: "\(count) Zeilen nennen keine Person und bleiben außen vor")
    }
    /// Rows whose type is not like, comment, share or reply.
    public static func unknownInteractionTypes(_ count: Int) -> Message {
        Message(en: "\(count) rows have a type other than like, comment, share or reply and earn no points",
                de: "\(count) Zeilen haben einen anderen Typ als like, comment, share oder reply und bringen keine Punkte")
    }
    /// Interactions without a time.
    public static func interactionsWithoutTime(_ count: Int) -> Message {
        Message(en: "\(count) interactions have no time and earn no points", de: "\(count) Interaktionen haben keine Zeit und bringen keine Punkte")
    }
    /// Who the strangers are.
    public static let strangersAreSeenPeople = Message(
        en: "people are everyone the table names; strangers are those with no points in the window (their interactions are older, later than the end, or of no counted type); people who never interacted are not in the table and not counted",
        de: "Personen sind alle, die die Tabelle nennt; Fremde sind jene ohne Punkte im Zeitfenster (ihre Interaktionen sind älter, liegen nach dem Ende oder haben keinen gezählten Typ); wer nie interagierte, steht nicht in der Tabelle und zählt nicht")
    /// Stages without `by`: a person's interactions with every account add up.
    public static let stagesOverAllAccounts = Message(
        en: "without `by`, a person's interactions with all accounts add up; `by account` gives the stages per account (`--posts NAME` looks the account up from the posts by post_id)",
        de: "ohne `by` zählen die Interaktionen einer Person mit allen Konten zusammen; `by account` ergibt die Stufen je Konto (`--posts NAME` schlägt das Konto über post_id in den Beiträgen nach)")
    /// Posts without a publication time.
    public static func postsWithoutTime(_ count: Int) -> Message {
        Message(en: "\(count) posts have no publication time and are left out", de: "\(count) Beiträge haben keine Veröffentlichungszeit und bleiben außen vor")
    }
    /// Frequency pressure without an account column.
    public static let postsOfOneAccount = Message(
        en: "no column plays the role account: all posts (of each `by` group) count as one account",
        de: "keine Spalte spielt die Rolle account: alle Beiträge (jeder `by`-Gruppe) zählen als ein Konto")
    /// How weeks are counted.
    public static func weeksCounted(_ zone: String) -> Message {
        Message(en: "ISO weeks (Monday to Sunday) in \(zone); weeks without posts are not counted; ρ and p: Spearman over the weeks with an engagement rate",
                de: "ISO-Wochen (Montag bis Sonntag) in \(zone); Wochen ohne Beiträge zählen nicht; ρ und p: Spearman über die Wochen mit einer Engagement-Rate")
    }
    /// Reading: fewer than three weeks or no variation.
    public static let frequencyTooFewWeeks = Message(en: "too few weeks or no variation to tell",
                                                     de: "zu wenige Wochen oder keine Streuung für eine Aussage")
    /// Reading: no significant correlation.
    public static let frequencyNoClearLink = Message(en: "no clear link between posts and engagement",
                                                     de: "kein klarer Zusammenhang zwischen Beiträgen und Engagement")
    /// Reading: significantly negative.
    public static let frequencyLowersEngagement = Message(en: "more posts, lower engagement",
                                                          de: "mehr Beiträge, weniger Engagement")
    /// Reading: significantly positive.
    public static let frequencyRaisesEngagement = Message(en: "more posts, higher engagement",
                                                          de: "mehr Beiträge, mehr Engagement")
}
