import RapportCore

/// The human names a report gives metrics and the columns of result tables, in English and German.
extension Words {
    /// A metric's name as a report's title says it; the command name itself for a metric not listed.
    public static func metricTitle(_ name: String) -> Message {
        metricTitles[name] ?? Message(en: name, de: name)
    }

    /// A column's name as a report's table header says it; the name itself for a column not listed.
    public static func columnTitle(_ name: String) -> Message {
        columnTitles[name.lowercased()] ?? Message(en: name, de: name)
    }

    /// The metrics of the catalogue by command name.
    static let metricTitles: [String: Message] = [
        "interactions": Message(en: "Interactions", de: "Interaktionen"),
        "engagement-rate": Message(en: "Engagement rate", de: "Engagementrate"),
        "applause-rate": Message(en: "Applause rate", de: "Applausrate"),
        "conversation-rate": Message(en: "Conversation rate", de: "Gesprächsrate"),
        "amplification-rate": Message(en: "Amplification rate", de: "Verstärkungsrate"),
        "engaged-user-rate": Message(en: "Engaged-user rate", de: "Rate engagierter Nutzer"),
        "reach-waste": Message(en: "Reach waste", de: "Reichweitenverlust"),
        "cpm": Message(en: "Cost per thousand impressions", de: "Kosten pro tausend Impressionen"),
        "cpc": Message(en: "Cost per click", de: "Kosten pro Klick"),
        "cost-per-engagement": Message(en: "Cost per engagement", de: "Kosten pro Interaktion"),
        "person-premium": Message(en: "Person premium", de: "Personen-Aufschlag"),
        "attribution": Message(en: "Attribution", de: "Zuordnung"),
        "responsiveness": Message(en: "Responsiveness", de: "Antwortverhalten"),
        "tone": Message(en: "Tone", de: "Tonalität"),
        "relationship-stages": Message(en: "Relationship stages", de: "Beziehungsstufen"),
        "relevance": Message(en: "Relevance", de: "Relevanz"),
        "frequency-pressure": Message(en: "Frequency pressure", de: "Frequenzdruck"),
        "authenticity": Message(en: "Account authenticity", de: "Echtheit der Konten"),
    ]

    /// Result table columns (and the grouping columns the demo data uses) by lower-case name.
    static let columnTitles: [String: Message] = [
        "posts": Message(en: "posts", de: "Beiträge"),
        "median": Message(en: "median", de: "Median"),
        "median_interval": Message(en: "95 % interval", de: "95-%-Intervall"),
        "pooled": Message(en: "pooled", de: "gepoolt"),
        "mean": Message(en: "mean", de: "Mittelwert"),
        "p25": Message(en: "25th percentile", de: "25. Perzentil"),
        "p75": Message(en: "75th percentile", de: "75. Perzentil"),
        "group": Message(en: "group", de: "Gruppe"),
        "against": Message(en: "against", de: "gegen"),
        "ratio": Message(en: "ratio of medians", de: "Verhältnis der Mediane"),
        "ratio_interval": Message(en: "ratio interval", de: "Intervall des Verhältnisses"),
        "difference": Message(en: "difference", de: "Differenz"),
        "cliffs_delta": Message(en: "Cliff's delta", de: "Cliffs Delta"),
        "p_mwu": Message(en: "p (Mann–Whitney)", de: "p (Mann-Whitney)"),
        "p_mwu_holm": Message(en: "p (Mann–Whitney, Holm)", de: "p (Mann-Whitney, Holm)"),
        "p_welch": Message(en: "p (Welch)", de: "p (Welch)"),
        "p_welch_holm": Message(en: "p (Welch, Holm)", de: "p (Welch, Holm)"),
        "goal": Message(en: "goal", de: "Ziel"),
        "op": Message(en: "condition", de: "Bedingung"),
        "target": Message(en: "target", de: "Zielwert"),
        "actual": Message(en: "actual", de: "Istwert"),
        "met": Message(en: "status", de: "Status"),
        "gap": Message(en: "gap", de: "Abstand"),
        "problem": Message(en: "problem", de: "Problem"),
        "measure": Message(en: "measure", de: "Messgröße"),
        "value": Message(en: "value", de: "Wert"),
        "type": Message(en: "type", de: "Typ"),
        "culture type": Message(en: "culture type", de: "Kulturtyp"),
        "now_sd": Message(en: "spread now", de: "Streuung jetzt"),
        "preferred_sd": Message(en: "spread preferred", de: "Streuung gewünscht"),
        "flag": Message(en: "note", de: "Hinweis"),
        "now": Message(en: "now", de: "jetzt"),
        "preferred": Message(en: "preferred", de: "gewünscht"),
        "now_mean": Message(en: "now", de: "jetzt"),
        "preferred_mean": Message(en: "preferred", de: "gewünscht"),
        "candidate": Message(en: "candidate", de: "Kandidat"),
        "distance": Message(en: "distance", de: "Abstand"),
        "band": Message(en: "band", de: "Band"),
        "respondents": Message(en: "respondents", de: "Befragte"),
        "voice": Message(en: "voice", de: "Stimme"),
        "platform": Message(en: "platform", de: "Plattform"),
        "account": Message(en: "account", de: "Konto"),
        "format": Message(en: "format", de: "Format"),
        "week": Message(en: "week", de: "Woche"),
        "month": Message(en: "month", de: "Monat"),
        "stage": Message(en: "stage", de: "Stufe"),
        "share": Message(en: "share", de: "Anteil"),
        "followers": Message(en: "followers", de: "Follower"),
        "followers_examined": Message(en: "followers examined", de: "untersuchte Follower"),
        "likely_fake": Message(en: "likely fake", de: "wahrscheinlich unecht"),
        "fake_share": Message(en: "share likely fake", de: "Anteil wahrscheinlich unecht"),
        "fake_share_interval": Message(en: "interval of the share", de: "Intervall des Anteils"),
        "threshold": Message(en: "threshold", de: "Schwelle"),
        "account_followers": Message(en: "followers of the account", de: "Follower des Kontos"),
        "real_audience": Message(en: "real audience", de: "echtes Publikum"),
        "real_audience_interval": Message(en: "range of the real audience", de: "Spanne des echten Publikums"),
        "benford_values": Message(en: "values in Benford's test", de: "Werte im Benford-Test"),
        "benford_chi_squared": Message(en: "Benford χ²", de: "Benford-χ²"),
        "benford_p_value": Message(en: "Benford p", de: "Benford-p"),
        "benford_mad": Message(en: "Benford mean absolute deviation", de: "Benford mittlere absolute Abweichung"),
        "labelled": Message(en: "labelled followers", de: "gekennzeichnete Follower"),
        "accuracy": Message(en: "accuracy", de: "Genauigkeit"),
        "precision": Message(en: "precision", de: "Präzision"),
        "recall": Message(en: "recall", de: "Trefferquote"),
        "true_positives": Message(en: "true positives", de: "richtig positiv"),
        "false_positives": Message(en: "false positives", de: "falsch positiv"),
        "true_negatives": Message(en: "true negatives", de: "richtig negativ"),
        "false_negatives": Message(en: "false negatives", de: "falsch negativ"),
    ]
}
