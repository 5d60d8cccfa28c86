import RapportCore

/// What `explain` says about responsiveness, relationship stages and frequency pressure.
extension Words {
    /// One line on responsiveness.
    public static let responsivenessSummary = Message(en: "share of customer comments answered, hours to answer, by staff or agency",
                                                      de: "Anteil beantworteter Kundenkommentare, Stunden bis zur Antwort, eigenes Team oder Agentur")
    /// `explain responsiveness`.
    public static let responsivenessExplanation = MetricExplanation(
        definition: Message(en: "How reliably and how fast the brand answers the comments of its customers, overall and split by who was responsible: its own staff or an agency.",
                            de: "Wie verlässlich und wie schnell die Marke die Kommentare ihrer Kunden beantwortet, insgesamt und getrennt danach, wer zuständig war: das eigene Team oder eine Agentur."),
        formula: Message(en: "answered share = comments with a reply time / comments, with a 95 % Wilson interval; hours to answer = (reply time − comment time) / 3600 per answered comment, reported as median and 90th percentile (linear interpolation).",
                         de: "beantworteter Anteil = Kommentare mit Antwortzeit / Kommentare, mit 95-%-Intervall nach Wilson; Stunden bis zur Antwort = (Antwortzeit − Kommentarzeit) / 3600 je beantwortetem Kommentar, berichtet als Median und 90. Perzentil (lineare Interpolation)."),
        leftOut: Message(en: "Unanswered comments lower the share but have no time, so the hours describe answered comments only. Comments without a comment time are left out; replies dated before their comment count as answered without a time. Whether an answer was helpful is not seen.",
                         de: "Unbeantwortete Kommentare senken den Anteil, haben aber keine Zeit: die Stunden beschreiben nur beantwortete Kommentare. Kommentare ohne Kommentarzeit bleiben außen vor; Antworten, die vor ihrem Kommentar datiert sind, zählen als beantwortet ohne Zeit. Ob eine Antwort half, sieht die Kennzahl nicht."),
        source: Message(en: "Customer-care response rate and response time as social-media management tools report them; the staff/agency split follows the thesis that customer relationships should not be outsourced.",
                        de: "Antwortquote und Antwortzeit im Kundendienst, wie Social-Media-Werkzeuge sie ausweisen; die Trennung nach Team und Agentur folgt der These, Kundenbeziehungen nicht auszulagern."),
        reading: Message(en: "Read the share with its interval: with few comments it is wide. The 90th percentile shows how long the slow tenth of customers waits; a gap between staff and agency is the cost of handing the conversation away.",
                         de: "Den Anteil mit seinem Intervall lesen: bei wenigen Kommentaren ist es breit. Das 90. Perzentil zeigt, wie lange das langsamste Zehntel der Kunden wartet; ein Abstand zwischen Team und Agentur ist der Preis dafür, das Gespräch abzugeben."))

    /// One line on relationship stages.
    public static let relationshipStagesSummary = Message(en: "audience members as strangers, acquaintances, friends and confidants",
                                                          de: "Personen im Publikum als Fremde, Bekannte, Freunde und Vertraute")
    /// `explain relationship-stages`.
    public static let relationshipStagesExplanation = MetricExplanation(
        definition: Message(en: "Each person in an interactions table gets a stage from how often, how deeply and how recently they interacted: stranger, acquaintance, friend or confidant; per group (for example `by account`) the result counts the people at each stage; `--per-post` writes each row's person's stage beside it.",
                            de: "Jede Person einer Interaktionstabelle erhält eine Stufe danach, wie oft, wie tief und wie kürzlich sie interagierte: Fremder, Bekannter, Freund oder Vertrauter; je Gruppe (etwa `by account`) zählt das Ergebnis die Personen jeder Stufe; `--per-post` schreibt jeder Zeile die Stufe ihrer Person dazu."),
        formula: Message(en: "points in the window (settings stage-window, default 180 days, ending at the latest interaction or --as-of): like 1, comment 2, share 3, reply exchanged with the brand 4. Stranger 0 points, acquaintance 1 to below stage-friend (5), friend from stage-friend, confidant from stage-confidant (20) with a comment or share in the last stage-recent (30) days, else friend.",
                         de: "Punkte im Zeitfenster (Einstellung stage-window, Vorgabe 180 Tage, endend mit der jüngsten Interaktion oder --as-of): Like 1, Kommentar 2, Share 3, mit der Marke gewechselte Antwort 4. Fremder 0 Punkte, Bekannter 1 bis unter stage-friend (5), Freund ab stage-friend, Vertrauter ab stage-confidant (20) mit einem Kommentar oder Share in den letzten stage-recent (30) Tagen, sonst Freund."),
        leftOut: Message(en: "Only people the table names are counted: someone who only interacted before the window is a stranger, someone who never interacted is not there at all. Types other than like, comment, share and reply earn no points. Without `by`, a person's interactions with all accounts add up; `by account --posts posts` looks each interaction's account up from its post.",
                         de: "Gezählt werden nur Personen, die die Tabelle nennt: wer nur vor dem Zeitfenster interagierte, ist Fremder; wer nie interagierte, fehlt ganz. Andere Typen als like, comment, share und reply bringen keine Punkte. Ohne `by` zählen die Interaktionen einer Person mit allen Konten zusammen; `by account --posts posts` schlägt das Konto jeder Interaktion über ihren Beitrag nach."),
        source: Message(en: "A points model of relationship depth in the spirit of engagement ladders in community management; the thresholds are conventions, changeable with `set`.",
                        de: "Ein Punktemodell der Beziehungstiefe im Sinn der Engagement-Leitern des Community-Managements; die Schwellen sind Vereinbarungen und mit `set` änderbar."),
        reading: Message(en: "A healthy audience grows its friends and confidants over time; many strangers among people who once interacted mean relationships that lapsed. Compare stages over time with --as-of rather than between very different accounts.",
                         de: "Ein gesundes Publikum gewinnt mit der Zeit Freunde und Vertraute; viele Fremde unter Menschen, die einmal interagierten, bedeuten eingeschlafene Beziehungen. Stufen eher über die Zeit mit --as-of vergleichen als zwischen sehr verschiedenen Konten."))

    /// One line on frequency pressure.
    public static let frequencyPressureSummary = Message(en: "posts per week against median engagement rate, Spearman's ρ per account",
                                                         de: "Beiträge je Woche gegen mittlere Engagement-Rate, Spearmans ρ je Konto")
    /// `explain frequency-pressure`.
    public static let frequencyPressureExplanation = MetricExplanation(
        definition: Message(en: "Whether an account's engagement per post falls in weeks in which it posts more: the rank correlation between posts per week and the week's median engagement rate.",
                            de: "Ob das Engagement je Beitrag eines Kontos in Wochen sinkt, in denen es mehr postet: die Rangkorrelation zwischen Beiträgen je Woche und der mittleren Engagement-Rate der Woche."),
        formula: Message(en: "per account and ISO week (Monday to Sunday, in the timezone setting): posts and the median engagement rate per post (as `engagement-rate`, --denominator and --weighted apply); ρ = Spearman's rank correlation over the weeks, p from Student's t with weeks − 2 degrees of freedom; mean posts per week = posts / weeks with posts.",
                         de: "je Konto und ISO-Woche (Montag bis Sonntag, in der Einstellung timezone): Beiträge und die mittlere Engagement-Rate je Beitrag (wie `engagement-rate`, --denominator und --weighted gelten); ρ = Spearmans Rangkorrelation über die Wochen, p aus Students t mit Wochen − 2 Freiheitsgraden; Beiträge je Woche = Beiträge / Wochen mit Beiträgen."),
        leftOut: Message(en: "Weeks without posts have no engagement rate and are not counted; posts without a publication time are left out. Fewer than three weeks, or no variation in either series, give no ρ.",
                         de: "Wochen ohne Beiträge haben keine Engagement-Rate und zählen nicht; Beiträge ohne Veröffentlichungszeit bleiben außen vor. Weniger als drei Wochen oder keine Streuung in einer der Reihen ergeben kein ρ."),
        source: Message(en: "The worry that brands push messages at frequency instead of building relevance, tested with Spearman's rank correlation (as scipy.stats.spearmanr).",
                        de: "Die Sorge, dass Marken Botschaften in hoher Frequenz senden, statt Relevanz aufzubauen, geprüft mit Spearmans Rangkorrelation (wie scipy.stats.spearmanr)."),
        reading: Message(en: "ρ below 0 with p below 0.05 reads \"more posts, lower engagement\": the audience tires. A correlation is not a cause: busy weeks may also be weeks of weaker topics.",
                         de: "ρ unter 0 mit p unter 0,05 heißt \"mehr Beiträge, weniger Engagement\": das Publikum ermüdet. Eine Korrelation ist keine Ursache: volle Wochen können auch Wochen schwächerer Themen sein."))
}
