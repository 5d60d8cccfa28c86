import RapportCore

/// What `explain` says about interactions and the engagement family of rates.
extension Words {
    /// One line on the `interactions` metric.
    public static let interactionsSummary = Message(en: "likes + comments + shares + saves per post",
                                                    de: "Likes + Kommentare + Shares + Saves je Beitrag")
    /// What `explain interactions` shows.
    public static let interactionsExplanation = MetricExplanation(
        definition: Message(en: "The visible reactions a post earned: likes (or reactions), comments, shares and saves, added up.",
                            de: "Die sichtbaren Reaktionen auf einen Beitrag: Likes (oder Reaktionen), Kommentare, Shares und Saves, zusammengezählt."),
        formula: Message(en: "per post: likes + comments + shares + saves (the columns the data has); per group: median, mean, quartiles and the total. --weighted counts likes 1, comments 2, shares 3, saves 1.",
                         de: "je Beitrag: Likes + Kommentare + Shares + Saves (die Spalten, die es gibt); je Gruppe: Median, Mittelwert, Quartile und Summe. --weighted zählt Likes 1, Kommentare 2, Shares 3, Saves 1."),
        leftOut: Message(en: "Clicks, video views and private messages are not interactions here. A post with a missing value in one counted column has no interactions (not fewer).",
                         de: "Klicks, Videoaufrufe und private Nachrichten zählen hier nicht. Fehlt einem Beitrag ein Wert in einer gezählten Spalte, hat er keine Interaktionen (nicht weniger)."),
        source: Message(en: "Rival IQ and Hootsuite count interactions this way; the weights of --weighted follow Fanpage Karma.",
                        de: "Rival IQ und Hootsuite zählen Interaktionen so; die Gewichte von --weighted folgen Fanpage Karma."),
        reading: Message(en: "A raw count grows with the audience: compare accounts by a rate, not by interactions.",
                         de: "Eine reine Anzahl wächst mit dem Publikum: Konten über eine Rate vergleichen, nicht über Interaktionen."))

    /// One line on the `engagement-rate` metric.
    public static let engagementRateSummary = Message(en: "interactions / followers (or reach, impressions, views) per post",
                                                      de: "Interaktionen / Follower (oder Reichweite, Impressionen, Aufrufe) je Beitrag")
    /// What `explain engagement-rate` shows.
    public static let engagementRateExplanation = MetricExplanation(
        definition: Message(en: "How much of an audience reacts to a post: its interactions as a share of the followers (by default), of the people reached, of the impressions or of the video views.",
                            de: "Wie viel vom Publikum auf einen Beitrag reagiert: seine Interaktionen als Anteil der Follower (Standard), der erreichten Personen, der Impressionen oder der Videoaufrufe."),
        formula: Message(en: "per post: interactions / denominator; pooled over a group: Σ interactions / Σ denominator. Choose the denominator with --denominator followers|reach|impressions|views.",
                         de: "je Beitrag: Interaktionen / Nenner; gepoolt über eine Gruppe: Σ Interaktionen / Σ Nenner. Den Nenner wählt --denominator followers|reach|impressions|views."),
        leftOut: Message(en: "Posts whose denominator is missing or 0 are left out and counted in a note. Reach and impressions exist only in an account's own (owned) data.",
                         de: "Beiträge ohne Nenner oder mit Nenner 0 bleiben außen vor und werden in einem Hinweis gezählt. Reichweite und Impressionen gibt es nur in eigenen Daten eines Kontos."),
        source: Message(en: "Rival IQ (by followers for public data, by reach or impressions for owned data), Sprout Social (per impression), Modash (median over followers).",
                        de: "Rival IQ (über Follower für öffentliche Daten, über Reichweite oder Impressionen für eigene Daten), Sprout Social (je Impression), Modash (Median über Follower)."),
        reading: Message(en: "The median post is the headline: one viral post moves the mean and the pooled rate, not the median. Rates by followers fall as accounts grow, so compare accounts of similar size or use compare --accounts.",
                         de: "Der Median-Beitrag ist die Hauptzahl: ein viraler Beitrag verschiebt Mittelwert und gepoolte Rate, nicht den Median. Raten über Follower sinken mit wachsender Kontogröße; Konten ähnlicher Größe vergleichen oder compare --accounts nutzen."))

    /// One line on the `applause-rate` metric.
    public static let applauseRateSummary = Message(en: "likes / followers per post", de: "Likes / Follower je Beitrag")
    /// What `explain applause-rate` shows.
    public static let applauseRateExplanation = MetricExplanation(
        definition: Message(en: "Approval: the likes (or reactions) of a post as a share of the account's followers.",
                            de: "Zustimmung: die Likes (oder Reaktionen) eines Beitrags als Anteil der Follower des Kontos."),
        formula: Message(en: "per post: likes / followers; pooled: Σ likes / Σ followers. --unit post gives likes per post instead.",
                         de: "je Beitrag: Likes / Follower; gepoolt: Σ Likes / Σ Follower. --unit post gibt stattdessen Likes je Beitrag."),
        leftOut: Message(en: "Comments, shares and saves are not applause. Posts without followers are left out.",
                         de: "Kommentare, Shares und Saves sind kein Applaus. Beiträge ohne Follower bleiben außen vor."),
        source: Message(en: "Avinash Kaushik's applause rate; he defined it per post, which --unit post offers.",
                        de: "Avinash Kaushiks Applause Rate; er definierte sie je Beitrag, was --unit post anbietet."),
        reading: Message(en: "A cheap signal: people like what they scroll past. Read it together with conversation and amplification.",
                         de: "Ein billiges Signal: Gefallen kostet im Vorbeiscrollen nichts. Zusammen mit Conversation und Amplification lesen."))

    /// One line on the `conversation-rate` metric.
    public static let conversationRateSummary = Message(en: "comments / followers per post", de: "Kommentare / Follower je Beitrag")
    /// What `explain conversation-rate` shows.
    public static let conversationRateExplanation = MetricExplanation(
        definition: Message(en: "Dialogue: the comments of a post as a share of the account's followers.",
                            de: "Dialog: die Kommentare eines Beitrags als Anteil der Follower des Kontos."),
        formula: Message(en: "per post: comments / followers; pooled: Σ comments / Σ followers. --unit post gives comments per post.",
                         de: "je Beitrag: Kommentare / Follower; gepoolt: Σ Kommentare / Σ Follower. --unit post gibt Kommentare je Beitrag."),
        leftOut: Message(en: "Replies by the account itself are counted when the export counts them; the metric cannot tell praise from complaint.",
                         de: "Antworten des Kontos selbst zählen mit, wenn der Export sie zählt; Lob und Beschwerde unterscheidet die Kennzahl nicht."),
        source: Message(en: "Avinash Kaushik's conversation rate (per post in his definition: --unit post).",
                        de: "Avinash Kaushiks Conversation Rate (in seiner Definition je Beitrag: --unit post)."),
        reading: Message(en: "Comments cost effort: a higher rate means people talk back. Check responsiveness to see whether anyone answers.",
                         de: "Kommentare kosten Mühe: eine höhere Rate heißt, dass Menschen antworten. Mit responsiveness prüfen, ob jemand zurückschreibt."))

    /// One line on the `amplification-rate` metric.
    public static let amplificationRateSummary = Message(en: "shares / followers per post", de: "Shares / Follower je Beitrag")
    /// What `explain amplification-rate` shows.
    public static let amplificationRateExplanation = MetricExplanation(
        definition: Message(en: "Passing it on: the shares of a post as a share of the account's followers.",
                            de: "Weitergeben: die Shares eines Beitrags als Anteil der Follower des Kontos."),
        formula: Message(en: "per post: shares / followers; pooled: Σ shares / Σ followers. --unit post gives shares per post.",
                         de: "je Beitrag: Shares / Follower; gepoolt: Σ Shares / Σ Follower. --unit post gibt Shares je Beitrag."),
        leftOut: Message(en: "Private sharing (messages, screenshots) is invisible to every export.",
                         de: "Privates Teilen (Nachrichten, Screenshots) sieht kein Export."),
        source: Message(en: "Avinash Kaushik's amplification rate (per post in his definition: --unit post).",
                        de: "Avinash Kaushiks Amplification Rate (in seiner Definition je Beitrag: --unit post)."),
        reading: Message(en: "A share puts the sharer's own name behind the post: the strongest of the three signals, and the rarest.",
                         de: "Wer teilt, stellt den eigenen Namen hinter den Beitrag: das stärkste der drei Signale und das seltenste."))

    /// One line on the `engaged-user-rate` metric.
    public static let engagedUserRateSummary = Message(en: "engaged users / reach per post", de: "engagierte Nutzer / Reichweite je Beitrag")
    /// What `explain engaged-user-rate` shows.
    public static let engagedUserRateExplanation = MetricExplanation(
        definition: Message(en: "The share of the people reached who did anything with the post (clicked, reacted, commented, shared).",
                            de: "Der Anteil der erreichten Personen, die irgendetwas mit dem Beitrag taten (klicken, reagieren, kommentieren, teilen)."),
        formula: Message(en: "per post: engaged users / reach; pooled: Σ engaged users / Σ reach.",
                         de: "je Beitrag: engagierte Nutzer / Reichweite; gepoolt: Σ engagierte Nutzer / Σ Reichweite."),
        leftOut: Message(en: "Needs the platform's own count of engaged users (Facebook Insights has it); interactions are not a substitute here.",
                         de: "Braucht die plattformeigene Zahl engagierter Nutzer (Facebook Insights hat sie); Interaktionen ersetzen sie hier nicht."),
        source: Message(en: "Facebook Insights' 'Lifetime Engaged Users' over 'Lifetime Post Total Reach'.",
                        de: "Facebook Insights: 'Lifetime Engaged Users' durch 'Lifetime Post Total Reach'."),
        reading: Message(en: "Counts people, not actions: one person who likes and comments counts once. It is the complement of reach waste.",
                         de: "Zählt Personen, nicht Handlungen: wer liked und kommentiert, zählt einmal. Das Gegenstück zum Streuverlust."))
}
