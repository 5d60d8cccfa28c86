import RapportCore

/// What `explain relevance` says, and the messages of a relevance result.
extension Words {
    /// One line on the `relevance` metric.
    public static let relevanceSummary = Message(
        en: "median engagement rate of a topic, format or hour / the account's own median (1.0 = usual)",
        de: "Median-Engagement-Rate eines Themas, Formats oder einer Stunde / der eigene Median des Kontos (1,0 = üblich)")
    /// What `explain relevance` shows.
    public static let relevanceExplanation = MetricExplanation(
        definition: Message(en: "What works for an account, measured against the account itself: the typical engagement rate of one topic, format or posting hour divided by the account's typical rate over all its posts. The by clause names the thing (score posts relevance by format, by topic, or by hour with --per hour: score posts relevance --per hour); without it the format column is used.",
                            de: "Was bei einem Konto wirkt, gemessen am Konto selbst: die typische Engagement-Rate eines Themas, Formats oder einer Uhrzeit geteilt durch die typische Rate des Kontos über alle seine Beiträge. Die by-Klausel nennt das Merkmal (score posts relevance by format, by topic oder nach Stunde mit --per hour: score posts relevance --per hour); ohne sie gilt die Format-Spalte."),
        formula: Message(en: "relevance = median engagement rate of the account's posts with that value / median engagement rate of all the account's posts (in the rows a where clause keeps). The rate is interactions / followers (or --denominator). Without an account column the whole dataset counts as one account.",
                         de: "Relevanz = Median-Engagement-Rate der Beiträge des Kontos mit diesem Wert / Median-Engagement-Rate aller Beiträge des Kontos (in den Zeilen, die eine where-Klausel behält). Die Rate ist Interaktionen / Follower (oder --denominator). Ohne Konto-Spalte gilt der ganze Datensatz als ein Konto."),
        leftOut: Message(en: "Posts without a rate are left out of both medians and counted in a note. A value with few posts gives a fragile median: read posts beside it. Relevance is not compared across accounts; an account's median of 0 gives no ratio.",
                         de: "Beiträge ohne Rate fehlen in beiden Medianen und werden in einem Hinweis gezählt. Ein Wert mit wenigen Beiträgen hat einen wackligen Median: die Spalte posts mitlesen. Relevanz wird nicht zwischen Konten verglichen; ein Konto-Median von 0 ergibt kein Verhältnis."),
        source: Message(en: "The index-against-own-baseline reading of social-media benchmarking (as in Rival IQ's and Fanpage Karma's per-format and per-hour views), with the median as baseline.",
                        de: "Der Index gegen die eigene Basis aus dem Social-Media-Benchmarking (wie in den Format- und Uhrzeit-Ansichten von Rival IQ und Fanpage Karma), mit dem Median als Basis."),
        reading: Message(en: "1.0 is the account's usual; 1.3 means its median post on this topic, format or hour engages 30 % more than its median post overall, 0.7 means 30 % less.",
                         de: "1,0 ist das Übliche des Kontos; 1,3 heißt, sein Median-Beitrag zu diesem Thema, Format oder dieser Stunde bewegt 30 % mehr als sein Median-Beitrag insgesamt, 0,7 heißt 30 % weniger."))

    /// `relevance` without a `by` column to measure.
    public static func relevanceNeedsBy(dataset: String) -> Message {
        Message(en: "relevance needs the topic, format or hour to measure: name its column with by (score \(dataset) relevance by COLUMN), or map a column to the role format",
                de: "relevance braucht das Thema, Format oder die Stunde, die gemessen werden soll: die Spalte mit by nennen (score \(dataset) relevance by SPALTE) oder einer Spalte die Rolle format geben")
    }
    /// The note on the columns relevance was measured for.
    public static func relevanceOf(_ columns: [String]) -> Message {
        let list = columns.map { "'\($0)'" }.joined(separator: ", ")
        return Message(en: "relevance of the values of \(list)", de: "Relevanz der Werte von \(list)")
    }
    /// The note on the account column each median is taken within.
    public static func relevanceAccount(_ column: String) -> Message {
        Message(en: "against each account's own median (account: column '\(column)')",
                de: "gegen den eigenen Median jedes Kontos (Konto: Spalte '\(column)')")
    }
    /// The note that without an account column all posts count as one account.
    public static let relevanceOneAccount = Message(
        en: "no account column: the whole dataset is one account, so relevance is against the median of all posts",
        de: "keine Konto-Spalte: der ganze Datensatz ist ein Konto, Relevanz also gegen den Median aller Beiträge")
}
