import RapportCore

/// What `explain attribution` says, and the messages of an attribution result.
extension Words {
    /// One line on the `attribution` metric.
    public static let attributionSummary = Message(
        en: "median engagement rate of person posts naming the company / that of their other posts, with a bootstrap interval",
        de: "Median-Engagement-Rate der Personen-Beiträge, die das Unternehmen nennen / die ihrer übrigen Beiträge, mit Bootstrap-Intervall")
    /// What `explain attribution` shows.
    public static let attributionExplanation = MetricExplanation(
        definition: Message(en: "Whether people's audiences engage more when they talk about the company: among the posts of person accounts (voice 'person'), those whose text names the company against those that do not.",
                            de: "Ob das Publikum von Personen stärker reagiert, wenn sie über das Unternehmen sprechen: unter den Beiträgen von Personen-Konten (Stimme 'person') die, deren Text das Unternehmen nennt, gegen die übrigen."),
        formula: Message(en: "ratio = median engagement rate of naming posts / median engagement rate of other posts, per group of the by clause; the rate is interactions / followers (or --denominator). 95 % percentile bootstrap interval: resample each side with replacement (the resamples setting, 2,000 by default, the n-th group of the result, counted from 0, seeded by the seed setting + n, as person-premium does). Names come from --names \"Acme;ACME GmbH\" or the company-names setting and match case-insensitively as whole words.",
                         de: "Verhältnis = Median-Engagement-Rate der nennenden Beiträge / Median-Engagement-Rate der übrigen Beiträge, je Gruppe der by-Klausel; die Rate ist Interaktionen / Follower (oder --denominator). 95-%-Perzentil-Bootstrap-Intervall: jede Seite mit Zurücklegen neu ziehen (Einstellung resamples, Standard 2.000, die n-te Gruppe des Ergebnisses, ab 0 gezählt, mit der Einstellung seed + n, wie bei person-premium). Die Namen kommen aus --names \"Acme;ACME GmbH\" oder der Einstellung company-names und passen ohne Rücksicht auf Groß- und Kleinschreibung als ganze Wörter."),
        leftOut: Message(en: "Institution posts and posts without a voice are left out, as are person posts without text or without a rate. A name inside a longer word ('Acmetal') does not count; a name in an image, a link or a tag of another form is invisible.",
                         de: "Beiträge von Institutionen und ohne Stimme bleiben außen vor, ebenso Personen-Beiträge ohne Text oder ohne Rate. Ein Name in einem längeren Wort ('Acmetal') zählt nicht; ein Name im Bild, in einem Link oder in anders geschriebenen Tags bleibt unsichtbar."),
        source: Message(en: "The person premium of METRICS.md applied within person accounts, as employee-advocacy studies compare branded and personal posts of the same people.",
                        de: "Die Personen-Prämie aus METRICS.md, angewandt innerhalb der Personen-Konten, so wie Studien zu Corporate Influencern Firmen- und Privatbeiträge derselben Menschen vergleichen."),
        reading: Message(en: "Above 1: naming the company costs the people nothing, their audience follows them there too; below 1: company talk is read as advertising. When the interval includes 1 the data cannot tell.",
                         de: "Über 1: das Unternehmen zu nennen kostet die Personen nichts, ihr Publikum folgt ihnen auch dorthin; unter 1: Firmenthemen werden als Werbung gelesen. Schließt das Intervall 1 ein, können die Daten es nicht entscheiden."))

    /// `attribution` without company names from `--names` or the setting.
    public static let attributionNeedsNames = Message(
        en: "attribution needs the company's names: give them with --names \"Acme;ACME GmbH\" or once with set company-names \"Acme;ACME GmbH\"",
        de: "attribution braucht die Namen des Unternehmens: mit --names \"Acme;ACME GmbH\" angeben oder einmal mit set company-names \"Acme;ACME GmbH\"")
    /// The note on the company names searched for.
    public static func searchedNames(_ names: [String]) -> Message {
        let list = names.joined(separator: "; ")
        return Message(en: "company names (whole words, any case): \(list)", de: "Namen des Unternehmens (ganze Wörter, beliebige Schreibung): \(list)")
    }
    /// The note on posts left out because they are not by persons.
    public static func personPostsOnly(left: Int) -> Message {
        Message(en: "person posts only: \(left) posts of other or missing voices are left out",
                de: "nur Personen-Beiträge: \(left) Beiträge anderer oder fehlender Stimmen bleiben außen vor")
    }
    /// The note on person posts left out for lack of text or rate.
    public static func personPostsWithoutValue(_ count: Int) -> Message {
        Message(en: "\(count) person posts without text or without a rate are left out",
                de: "\(count) Personen-Beiträge ohne Text oder ohne Rate bleiben außen vor")
    }
    /// The note on how the interval columns were computed.
    public static func bootstrapInterval(resamples: Int, seed: UInt64) -> Message {
        Message(en: "lower_95 and upper_95: 95 % percentile bootstrap interval of the ratio, \(resamples) resamples, seed \(seed) (+ n for the n-th group)",
                de: "lower_95 und upper_95: 95-%-Perzentil-Bootstrap-Intervall des Verhältnisses, \(resamples) Stichproben, Startwert \(seed) (+ n für die n-te Gruppe)")
    }
}
