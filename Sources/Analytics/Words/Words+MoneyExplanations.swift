import RapportCore

/// What `explain` says about reach waste and the cost metrics.
extension Words {
    /// One line on the `reach-waste` metric.
    public static let reachWasteSummary = Message(en: "1 − engaged users / reach: reached but not engaged",
                                                  de: "1 − engagierte Nutzer / Reichweite: erreicht, aber nicht bewegt")
    /// What `explain reach-waste` shows.
    public static let reachWasteExplanation = MetricExplanation(
        definition: Message(en: "Reach waste (Streuverlust): the share of the people a post reached who did nothing with it.",
                            de: "Streuverlust: der Anteil der erreichten Personen, die mit dem Beitrag nichts taten."),
        formula: Message(en: "per post: 1 − engaged users / reach; pooled: 1 − Σ engaged users / Σ reach. Without an engaged-users column, interactions stand in (a weaker proxy, and said so).",
                         de: "je Beitrag: 1 − engagierte Nutzer / Reichweite; gepoolt: 1 − Σ engagierte Nutzer / Σ Reichweite. Ohne Spalte engagierter Nutzer stehen Interaktionen dafür (schwächerer Ersatz, wird angegeben)."),
        leftOut: Message(en: "Someone who read the post attentively and moved on counts as waste: the metric sees actions only.",
                         de: "Wer aufmerksam las und weiterscrollte, zählt als Verlust: die Kennzahl sieht nur Handlungen."),
        source: Message(en: "The media-planning notion of Streuverlust applied to owned social data (reach from the platform's insights).",
                        de: "Der Streuverlust der Mediaplanung, angewandt auf eigene Social-Daten (Reichweite aus den Insights der Plattform)."),
        reading: Message(en: "High waste is normal for broad reach; it is worth watching over time and between formats of one account, less between accounts.",
                         de: "Hoher Streuverlust ist bei breiter Reichweite normal; lohnend ist der Blick über die Zeit und zwischen Formaten eines Kontos, weniger zwischen Konten."))

    /// One line on the `cpm` metric.
    public static let cpmSummary = Message(en: "spend per 1,000 impressions of paid posts", de: "Ausgaben je 1.000 Impressionen bezahlter Beiträge")
    /// What `explain cpm` shows.
    public static let cpmExplanation = MetricExplanation(
        definition: Message(en: "Cost per mille: what 1,000 impressions of a paid post cost.",
                            de: "Tausendkontaktpreis: was 1.000 Impressionen eines bezahlten Beitrags kosten."),
        formula: Message(en: "per paid post (spend > 0): spend / impressions × 1000; pooled: Σ spend × 1000 / Σ impressions.",
                         de: "je bezahltem Beitrag (Ausgaben > 0): Ausgaben / Impressionen × 1000; gepoolt: Σ Ausgaben × 1000 / Σ Impressionen."),
        leftOut: Message(en: "Organic posts (no spend) are left out; the amounts are in the data's own currency (the currency setting only labels them).",
                         de: "Organische Beiträge (ohne Ausgaben) bleiben außen vor; die Beträge sind in der Währung der Daten (die Einstellung currency beschriftet sie nur)."),
        source: Message(en: "The standard advertising CPM, as ad managers report it.", de: "Der übliche Werbe-TKP, wie ihn Werbeanzeigenmanager ausweisen."),
        reading: Message(en: "A price of attention, not of effect: a low CPM with high reach waste buys little.",
                         de: "Ein Preis für Aufmerksamkeit, nicht für Wirkung: ein niedriger TKP mit hohem Streuverlust kauft wenig."))

    /// One line on the `cpc` metric.
    public static let cpcSummary = Message(en: "spend per click of paid posts", de: "Ausgaben je Klick bezahlter Beiträge")
    /// What `explain cpc` shows.
    public static let cpcExplanation = MetricExplanation(
        definition: Message(en: "Cost per click: what one click on a paid post cost.", de: "Kosten je Klick: was ein Klick auf einen bezahlten Beitrag kostete."),
        formula: Message(en: "per paid post (spend > 0): spend / clicks; pooled: Σ spend / Σ clicks over paid posts.",
                         de: "je bezahltem Beitrag (Ausgaben > 0): Ausgaben / Klicks; gepoolt: Σ Ausgaben / Σ Klicks über bezahlte Beiträge."),
        leftOut: Message(en: "A paid post without clicks has no CPC of its own but its spend counts in the pooled value.",
                         de: "Ein bezahlter Beitrag ohne Klicks hat keinen eigenen CPC, seine Ausgaben zählen aber im gepoolten Wert."),
        source: Message(en: "The standard advertising CPC.", de: "Der übliche Werbe-CPC."),
        reading: Message(en: "Read the pooled value for the budget, the median for the typical post.",
                         de: "Für das Budget den gepoolten Wert lesen, für den typischen Beitrag den Median."))

    /// One line on the `cost-per-engagement` metric.
    public static let costPerEngagementSummary = Message(en: "spend per interaction of paid posts", de: "Ausgaben je Interaktion bezahlter Beiträge")
    /// What `explain cost-per-engagement` shows.
    public static let costPerEngagementExplanation = MetricExplanation(
        definition: Message(en: "What one interaction (like, comment, share, save) on a paid post cost.",
                            de: "Was eine Interaktion (Like, Kommentar, Share, Save) auf einem bezahlten Beitrag kostete."),
        formula: Message(en: "per paid post (spend > 0): spend / interactions; pooled: Σ spend / Σ interactions over paid posts.",
                         de: "je bezahltem Beitrag (Ausgaben > 0): Ausgaben / Interaktionen; gepoolt: Σ Ausgaben / Σ Interaktionen über bezahlte Beiträge."),
        leftOut: Message(en: "Interactions are counted as in `explain interactions`; a paid post without interactions has no value of its own.",
                         de: "Interaktionen zählen wie in `explain interactions`; ein bezahlter Beitrag ohne Interaktionen hat keinen eigenen Wert."),
        source: Message(en: "Cost per engagement as ad platforms report it.", de: "Cost per Engagement, wie Werbeplattformen ihn ausweisen."),
        reading: Message(en: "Bought interactions are not a relationship: compare with the organic engagement rate of the same account.",
                         de: "Gekaufte Interaktionen sind keine Beziehung: mit der organischen Engagement-Rate desselben Kontos vergleichen."))
}
