import RapportCore

/// Messages of the compare module.
extension Words {
    /// The progress line of a comparison.
    public static func progressComparing(_ dataset: String) -> Message {
        Message(en: "comparing \(dataset)", de: "vergleiche \(dataset)")
    }
    /// One line on `compare`.
    public static let compareSummary = Message(en: "compare a per-post metric between groups, accounts or periods, with tests",
                                               de: "eine Kennzahl je Beitrag zwischen Gruppen, Konten oder Zeiträumen vergleichen, mit Tests")
    /// Longer help on `compare`: what the tables hold and how the tests read.
    public static let compareDiscussion = Message(
        en: "Per group: posts, median with its 95 % bootstrap interval, mean and quartiles. Per pair: ratio of medians with its interval, difference, Cliff's delta and the p-value of the Mann–Whitney U test (two-sided; exact for small samples without ties, else normal with continuity correction) or Welch's t-test on log(1 + value). More than two groups: Kruskal–Wallis first, pairwise p-values Holm-corrected. Groups under 10 posts are shown with a warning. Results are stored as NAME-METRIC-by-COLUMN and …-pairs.",
        de: "Je Gruppe: Beiträge, Median mit 95-%-Bootstrap-Intervall, Mittelwert und Quartile. Je Paar: Verhältnis der Mediane mit Intervall, Differenz, Cliffs Delta und der p-Wert des Mann-Whitney-U-Tests (zweiseitig; exakt bei kleinen Stichproben ohne Bindungen, sonst normal mit Stetigkeitskorrektur) oder des Welch-t-Tests auf log(1 + Wert). Mehr als zwei Gruppen: zuerst Kruskal-Wallis, paarweise p-Werte nach Holm korrigiert. Gruppen unter 10 Beiträgen erscheinen mit Warnung. Ergebnisse heißen NAME-KENNZAHL-by-SPALTE und …-pairs.")
    /// The `--groups` flag.
    public static let groupsFlag = Message(en: "only these groups, in this order (the first is the ratio's numerator)",
                                           de: "nur diese Gruppen, in dieser Reihenfolge (die erste ist der Zähler des Verhältnisses)")
    /// The `--test` flag.
    public static let testFlag = Message(en: "mwu (default), welch or both", de: "mwu (Standard), welch oder both")
    /// The `--bootstrap` flag.
    public static let bootstrapFlag = Message(en: "bootstrap resamples (default: the resamples setting)",
                                              de: "Bootstrap-Wiederholungen (Standard: Einstellung resamples)")
    /// The `--seed` flag of `compare`.
    public static let seedFlag = Message(en: "seed of the bootstrap (default: the seed setting)", de: "Startwert des Bootstraps (Standard: Einstellung seed)")
    /// The `--accounts` flag.
    public static let accountsFlag = Message(en: "compare these accounts side by side", de: "diese Konten nebeneinander vergleichen")
    /// The `--split` flag.
    public static let splitFlag = Message(en: "compare the posts before and from this date", de: "die Beiträge vor und ab diesem Datum vergleichen")
    /// The `--around` flag.
    public static let aroundFlag = Message(en: "compare the days after each event of this dataset with the days before",
                                           de: "die Tage nach jedem Ereignis dieses Datensatzes mit den Tagen davor vergleichen")
    /// The `--window` flag.
    public static let windowFlag = Message(en: "days before and after each event (default 7)", de: "Tage vor und nach jedem Ereignis (Standard 7)")
    /// `compare` given nothing to compare by.
    public static let compareNeedsBy = Message(en: "compare needs `by COLUMN`, --accounts, --split or --around",
                                               de: "compare braucht `by SPALTE`, --accounts, --split oder --around")
    /// `--accounts` naming fewer than two accounts.
    public static let compareNeedsTwoAccounts = Message(en: "--accounts needs at least two accounts, separated by commas",
                                                        de: "--accounts braucht mindestens zwei Konten, getrennt durch Kommas")
    /// A period of `--split` or `--around` without a post that has a value.
    public static let periodEmpty = Message(en: "one of the two periods has no posts with a value", de: "einer der beiden Zeiträume hat keine Beiträge mit Wert")
    /// A metric with no value per post, which `compare` cannot test.
    public static func metricHasNoPostValues(_ metric: String) -> Message {
        Message(en: "\(metric) has no value per post to compare; use a rate such as engagement-rate",
                de: "\(metric) hat keinen Wert je Beitrag zum Vergleichen; eine Rate wie engagement-rate verwenden")
    }
    /// A `--groups` name the `by` column does not hold.
    public static func unknownGroup(_ name: String, column: String) -> Message {
        Message(en: "no group '\(name)' in column \(column)", de: "keine Gruppe '\(name)' in Spalte \(column)")
    }
    /// A `by` column with fewer than two groups.
    public static func compareNeedsTwoGroups(_ column: String) -> Message {
        Message(en: "\(column) has fewer than two groups to compare", de: "\(column) hat weniger als zwei Gruppen zum Vergleichen")
    }
    /// The warning on a group with few posts.
    public static func smallGroup(_ name: String, posts: Int) -> Message {
        Message(en: "group \(name) has only \(posts) posts: read its numbers with care",
                de: "Gruppe \(name) hat nur \(posts) Beiträge: ihre Zahlen mit Vorsicht lesen")
    }
    /// The title of the per-group table.
    public static func compareGroupsTitle(_ metric: String, rows: Int) -> Message {
        Message(en: "\(metric) by group (\(rowCount(rows).en))", de: "\(metric) nach Gruppe (\(rowCount(rows).de))")
    }
    /// The title of the accounts table.
    public static func compareAccountsTitle(_ metric: String) -> Message {
        Message(en: "\(metric): accounts side by side", de: "\(metric): Konten nebeneinander")
    }
    /// The note naming the two stored result datasets.
    public static func compareStored(_ groups: String, _ pairs: String) -> Message {
        Message(en: "stored as \(groups) and \(pairs)", de: "gespeichert als \(groups) und \(pairs)")
    }
    /// The line with the Kruskal–Wallis test over all groups.
    public static func kruskalLine(h: String, df: Int, p: String) -> Message {
        Message(en: "Kruskal–Wallis across all groups: H = \(h), df = \(df), \(p); pairwise p-values are Holm-corrected",
                de: "Kruskal-Wallis über alle Gruppen: H = \(h), df = \(df), \(p); paarweise p-Werte sind nach Holm korrigiert")
    }
    /// The plain sentence when two groups differ.
    public static func twoGroupsDiffer(first: String, second: String, metric: String, ratio: String, low: String,
                                       high: String, p: String) -> Message {
        Message(en: "\(first) posts earned \(ratio) times (95 % CI \(low)–\(high)) the \(metric) of \(second) posts, and the difference is unlikely to be chance (\(p)).",
                de: "\(first)-Beiträge erzielten das \(ratio)-Fache (95-%-KI \(low)–\(high)) der \(metric) von \(second)-Beiträgen, und der Unterschied ist kaum Zufall (\(p)).")
    }
    /// The plain sentence when two groups show no difference.
    public static func twoGroupsNoDifference(first: String, second: String, metric: String, ratio: String, low: String,
                                             high: String, p: String) -> Message {
        Message(en: "\(first) posts earned \(ratio) times (95 % CI \(low)–\(high)) the \(metric) of \(second) posts, but no difference could be shown with this much data (\(p)).",
                de: "\(first)-Beiträge erzielten das \(ratio)-Fache (95-%-KI \(low)–\(high)) der \(metric) von \(second)-Beiträgen, aber mit so vielen Daten ließ sich kein Unterschied zeigen (\(p)).")
    }
    /// The plain sentence of a before-and-after comparison: posts of the first period against those of the second.
    public static func periodsCompared(first: String, second: String, metric: String, ratio: String, low: String,
                                       high: String, p: String, differ: Bool) -> Message {
        differ
            ? Message(en: "Posts \(first) earned \(ratio) times (95 % CI \(low)–\(high)) the \(metric) of posts \(second), and the change is unlikely to be chance (\(p)).",
                      de: "Beiträge \(first) erzielten das \(ratio)-Fache (95-%-KI \(low)–\(high)) der \(metric) von Beiträgen \(second), und die Veränderung ist kaum Zufall (\(p)).")
            : Message(en: "Posts \(first) earned \(ratio) times (95 % CI \(low)–\(high)) the \(metric) of posts \(second), but no change could be shown with this much data (\(p)).",
                      de: "Beiträge \(first) erzielten das \(ratio)-Fache (95-%-KI \(low)–\(high)) der \(metric) von Beiträgen \(second), aber mit so vielen Daten ließ sich keine Veränderung zeigen (\(p)).")
    }
    /// The plain sentence when several groups differ, naming the largest pair.
    public static func groupsDiffer(_ count: Int, metric: String, p: String, first: String, second: String, ratio: String,
                                    low: String, high: String, pairP: String) -> Message {
        Message(en: "The \(count) groups differ in \(metric) (Kruskal–Wallis \(p)); the clearest pair: \(first) earned \(ratio) times (95 % CI \(low)–\(high)) the value of \(second) (Holm-corrected \(pairP)).",
                de: "Die \(count) Gruppen unterscheiden sich in \(metric) (Kruskal-Wallis \(p)); das deutlichste Paar: \(first) erzielte das \(ratio)-Fache (95-%-KI \(low)–\(high)) des Werts von \(second) (Holm-korrigiert: \(pairP)).")
    }
    /// The plain sentence when several groups show no difference.
    public static func noDifferenceAmong(_ count: Int, metric: String, p: String) -> Message {
        Message(en: "No difference in \(metric) among the \(count) groups could be shown with this much data (Kruskal–Wallis \(p)).",
                de: "Zwischen den \(count) Gruppen ließ sich mit so vielen Daten kein Unterschied in \(metric) zeigen (Kruskal-Wallis \(p)).")
    }
    /// The plain sentence when no ratio of medians exists.
    public static func noRatio(_ metric: String) -> Message {
        Message(en: "No ratio of \(metric) could be computed: a group's median is 0 or missing.",
                de: "Kein Verhältnis von \(metric) berechenbar: der Median einer Gruppe ist 0 oder fehlt.")
    }
    /// The plain sentence comparing two accounts with their follower counts.
    public static func accountsSentence(first: String, second: String, firstFollowers: String, secondFollowers: String,
                                        metric: String, ratio: String) -> Message {
        Message(en: "\(first) (\(firstFollowers) followers) and \(second) (\(secondFollowers) followers) on one scale: the median \(metric) of \(first) is \(ratio) times that of \(second).",
                de: "\(first) (\(firstFollowers) Follower) und \(second) (\(secondFollowers) Follower) auf einer Skala: die Median-\(metric) von \(first) ist das \(ratio)-Fache von \(second).")
    }
    /// The name of the period from the `--split` date on.
    public static func periodFrom(_ day: String) -> Message { Message(en: "from \(day)", de: "ab \(day)") }
    /// The name of the period before the `--split` date.
    public static func periodBefore(_ day: String) -> Message { Message(en: "before \(day)", de: "vor \(day)") }
    /// The name of the days after the `--around` events.
    public static func daysAfter(_ days: Int, events: Int) -> Message {
        Message(en: "in the \(days) days after \(events) events", de: "in den \(days) Tagen nach \(events) Ereignissen")
    }
    /// The name of the days before the `--around` events.
    public static func daysBefore(_ days: Int) -> Message { Message(en: "in the \(days) days before", de: "in den \(days) Tagen davor") }
    /// The note on posts that fall both after one event and before another.
    public static func ambiguousWindowPosts(_ count: Int) -> Message {
        Message(en: "\(count) posts fall both after one event and before another and are left out",
                de: "\(count) Beiträge liegen zugleich nach einem Ereignis und vor einem anderen und bleiben außen vor")
    }
    /// A `--split` that is not a date.
    public static func badSplitDate(_ text: String) -> Message {
        Message(en: "--split takes a date such as 2025-06-01, not '\(text)'", de: "--split braucht ein Datum wie 2025-06-01, nicht '\(text)'")
    }
    /// An `--around` dataset without a time column.
    public static func eventsNeedTimes(_ dataset: String) -> Message {
        Message(en: "\(dataset) has no time column to take event dates from", de: "\(dataset) hat keine Zeitspalte für Ereignisdaten")
    }
    /// A `--window` outside 1 to 365 days.
    public static func badWindow(_ text: String) -> Message {
        Message(en: "--window takes a number of days from 1 to 365, not '\(text)'", de: "--window braucht eine Zahl von Tagen von 1 bis 365, nicht '\(text)'")
    }

    /// A comparison's rows left out: those whose group is missing and those whose metric is missing.
    static func compareRowsLeftOut(withoutGroup: Int, withoutValue: Int, column: String, metric: String) -> Message {
        let total = withoutGroup + withoutValue
        return Message(en: "\(total) \(total == 1 ? "row" : "rows") left out: \(withoutGroup) without a value in \(column), "
                           + "\(withoutValue) whose \(metric) is missing (score shows the first as a group of their own)",
                       de: "\(total) \(total == 1 ? "Zeile" : "Zeilen") ausgelassen: \(withoutGroup) ohne Wert in \(column), "
                           + "\(withoutValue) ohne \(metric) (score zeigt die ersten als eigene Gruppe)")
    }
}
