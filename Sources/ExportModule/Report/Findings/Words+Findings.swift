import RapportCore

/// The words of the findings a report holds: titles, key-finding lines, figures, notes and the appendix.
extension Words {
    /// The default title of a report.
    public static let findingsDefaultTitle = Message(en: "Social relationships analysis",
                                                     de: "Analyse der Kundenbeziehungen")
    /// The heading of the key findings.
    public static let findingsKeyHeading = Message(en: "Key findings", de: "Wichtigste Ergebnisse")
    /// The heading of the findings, one section each.
    public static let findingsHeading = Message(en: "Findings", de: "Ergebnisse")
    /// The heading of the appendix.
    public static let findingsAppendixHeading = Message(en: "Appendix", de: "Anhang")
    /// The appendix heading of the method notes.
    public static let findingsMethodsHeading = Message(en: "Methods", de: "Methoden")
    /// The appendix heading of the datasets used.
    public static let findingsDatasetsHeading = Message(en: "Datasets used", de: "Verwendete Datensätze")
    /// The appendix heading of the source files.
    public static let findingsFilesHeading = Message(en: "Source files", de: "Quelldateien")
    /// The closing slide's title.
    public static let findingsClosingTitle = Message(en: "Method and provenance", de: "Methode und Herkunft")
    /// The text of a report with no results to show.
    public static let findingsNothing = Message(
        en: "The workspace holds no results yet: run score, compare, goal, audit or a survey first.",
        de: "Der Arbeitsbereich enthält noch keine Ergebnisse: zuerst score, compare, goal, audit oder eine Umfrage ausführen.")
    /// The label of the client in the title block.
    public static let findingsClient = Message(en: "Client", de: "Kunde")
    /// The label of the period the data covers.
    public static let findingsPeriod = Message(en: "Period", de: "Zeitraum")
    /// The label of the date the report was written.
    public static let findingsDate = Message(en: "Date", de: "Datum")
    /// The label of the command under a finding.
    public static let findingsCommand = Message(en: "Command", de: "Befehl")
    /// The appendix label of rapport's version.
    public static let findingsVersion = Message(en: "rapport version", de: "rapport-Version")
    /// The appendix label of the workspace.
    public static let findingsWorkspace = Message(en: "Workspace", de: "Arbeitsbereich")
    /// The appendix label of the time written.
    public static let findingsWritten = Message(en: "Written", de: "Geschrieben")
    /// The appendix table's column of dataset names.
    public static let findingsDatasetColumn = Message(en: "Dataset", de: "Datensatz")
    /// The appendix table's column of row counts.
    public static let findingsRowsColumn = Message(en: "Rows", de: "Zeilen")
    /// The appendix table's column of the command that stored a dataset.
    public static let findingsMadeByColumn = Message(en: "Made by", de: "Erzeugt mit")
    /// The appendix table's column of file paths.
    public static let findingsFileColumn = Message(en: "File", de: "Datei")
    /// The appendix table's column of sizes.
    public static let findingsBytesColumn = Message(en: "Bytes", de: "Bytes")
    /// The text label of a goal met (beside its coloured mark).
    public static let findingsMet = Message(en: "met", de: "erreicht")
    /// The text label of a goal missed.
    public static let findingsMissed = Message(en: "missed", de: "verfehlt")
    /// The text label of a goal that could not be computed.
    public static let findingsUnknown = Message(en: "not computable", de: "nicht berechenbar")
    /// Yes in a table.
    public static let findingsYes = Message(en: "yes", de: "ja")
    /// No in a table.
    public static let findingsNo = Message(en: "no", de: "nein")
    /// The summary sheet's name in a workbook report.
    public static let findingsSummarySheet = Message(en: "Summary", de: "Übersicht")
    /// The summary sheet's column of findings.
    public static let findingsFindingColumn = Message(en: "Finding", de: "Ergebnis")
    /// The summary sheet's column of a finding's status (met, missed).
    public static let findingsStatusColumn = Message(en: "Status", de: "Status")
    /// The summary sheet's column of key figures' labels.
    public static let findingsFigureColumn = Message(en: "Figure", de: "Kennzahl")
    /// The summary sheet's column of key figures' values.
    public static let findingsValueColumn = Message(en: "Value", de: "Wert")
    /// The label of the row that says a table was cut on a slide.
    public static func findingsMoreRows(_ count: Int) -> Message {
        Message(en: "… \(count) more rows", de: "… \(count) weitere Zeilen")
    }

    /// The key figure of the posts analysed.
    public static let figurePosts = Message(en: "posts analysed", de: "Beiträge ausgewertet")
    /// The key figure of the period covered.
    public static let figurePeriod = Message(en: "period covered", de: "Zeitraum")
    /// The key figure of the median engagement rate.
    public static let figureEngagementRate = Message(en: "median engagement rate", de: "Median der Engagementrate")
    /// The key figure of the person premium.
    public static let figurePersonPremium = Message(en: "person premium", de: "Personen-Aufschlag")
    /// The key figure of the answered share.
    public static let figureAnswered = Message(en: "answered share", de: "Anteil beantwortet")
    /// The key figure of the real audience.
    public static let figureRealAudience = Message(en: "real audience", de: "echtes Publikum")

    /// A score finding's title: the metric, by its groups.
    public static func findingScoreTitle(_ metric: Message, by groups: [Message]) -> Message {
        guard !groups.isEmpty else { return metric }
        return Message(en: metric.en + " by " + groups.map(\.en).joined(separator: " and "),
                       de: metric.de + " nach " + groups.map(\.de).joined(separator: " und "))
    }
    /// A comparison finding's title.
    public static func findingCompareTitle(_ metric: Message, by groups: [Message]) -> Message {
        Message(en: metric.en + " compared" + (groups.isEmpty ? "" : " by " + groups.map(\.en).joined(separator: " and ")),
                de: metric.de + " im Vergleich" + (groups.isEmpty ? "" : " nach " + groups.map(\.de).joined(separator: " und ")))
    }
    /// The goal check's title.
    public static let findingGoalsTitle = Message(en: "Goals", de: "Ziele")
    /// The audit's title.
    public static func findingAuditTitle(_ followers: String) -> Message {
        Message(en: "Authenticity of the followers in \(followers)", de: "Echtheit der Follower in \(followers)")
    }
    /// The culture profile's title.
    public static func findingProfileTitle(_ survey: String) -> Message {
        Message(en: "Culture profile of \(survey)", de: "Kulturprofil von \(survey)")
    }
    /// The survey fit's title.
    public static let findingFitTitle = Message(en: "Fit with the culture", de: "Passung zur Kultur")
    /// The title of an internal table a report shows only when asked.
    public static func findingTableTitle(_ name: String) -> Message {
        Message(en: "Table " + name, de: "Tabelle " + name)
    }

    /// A score's sentence without groups.
    public static func findingScoreSentence(_ metric: Message, value: String, posts: String) -> Message {
        Message(en: "\(metric.en): median \(value) over \(posts) posts.",
                de: "\(metric.de): Median \(value) über \(posts) Beiträge.")
    }
    /// A score's sentence with groups: the highest and lowest median.
    public static func findingScoreRange(_ metric: Message, high: String, highGroup: String, low: String,
                                         lowGroup: String) -> Message {
        Message(en: "\(metric.en): highest median \(high) (\(highGroup)), lowest \(low) (\(lowGroup)).",
                de: "\(metric.de): höchster Median \(high) (\(highGroup)), niedrigster \(low) (\(lowGroup)).")
    }
    /// One goal's key line.
    public static func findingGoalLine(_ goal: String, group: String, actual: String, op: String,
                                       target: String) -> Message {
        let scope = group.isEmpty ? "" : " (\(group))"
        return Message(en: "Goal \(goal)\(scope): \(actual) against a target of \(op) \(target).",
                       de: "Ziel \(goal)\(scope): \(actual) gegenüber dem Ziel \(op) \(target).")
    }
    /// The goal check's sentence.
    public static func findingGoalsSentence(met: Int, of total: Int) -> Message {
        Message(en: "\(met) of \(total) goals met.", de: "\(met) von \(total) Zielen erreicht.")
    }
    /// The audit's key line: the fake share with its interval and the real audience.
    public static func findingAuditLine(share: String, interval: String, audience: String, range: String) -> Message {
        Message(en: "About \(share) of the followers are likely fake (\(interval)); the real audience is about "
                    + "\(audience) (\(range)).",
                de: "Etwa \(share) der Follower sind wahrscheinlich unecht (\(interval)); das echte Publikum umfasst "
                    + "etwa \(audience) (\(range)).")
    }
    /// The survey fit's key line.
    public static func findingFitLine(_ candidate: String, against: String, band: String, r: String) -> Message {
        Message(en: "Fit of \(candidate) with \(against): \(band) (r = \(r)).",
                de: "Passung von \(candidate) zu \(against): \(band) (r = \(r)).")
    }
    /// The culture profile's sentence: the largest gap between now and preferred.
    public static func findingProfileSentence(_ type: String, now: String, preferred: String) -> Message {
        Message(en: "The largest gap is in \(type): \(now) now, \(preferred) preferred.",
                de: "Der größte Abstand liegt bei \(type): jetzt \(now), gewünscht \(preferred).")
    }
    /// The caption of a chart of medians with intervals.
    public static let findingMedianChart = Message(en: "Median per group with its 95 % interval and the number of posts",
                                                   de: "Median je Gruppe mit 95-%-Intervall und Zahl der Beiträge")
    /// The caption of a chart of medians without intervals.
    public static let findingMedianChartPlain = Message(en: "Median per group and the number of posts",
                                                        de: "Median je Gruppe und Zahl der Beiträge")
    /// The series name of a chart of medians.
    public static let findingMedianSeries = Message(en: "median", de: "Median")

    /// The definition note of an audit.
    /// The method note of an audit a learned model scored.
    public static func findingAuditModelNote(_ model: String) -> Message {
        Message(en: "Scored by the model \(model): each follower's probability of being fake, a verdict at the threshold, "
                    + "and the share of verdicts adjusted for the model's cross-validated sensitivity and specificity "
                    + "(Rogan–Gladen), with a bootstrap 95 % interval; the real audience is the followers times one minus "
                    + "that share (explain audit).",
                de: "Bewertet mit dem Modell \(model): die Wahrscheinlichkeit jedes Followers, unecht zu sein, ein Urteil "
                    + "an der Schwelle und der Anteil der Urteile, bereinigt um die kreuzvalidierte Sensitivität und "
                    + "Spezifität des Modells (Rogan–Gladen), mit einem Bootstrap-95-%-Intervall; das echte Publikum sind "
                    + "die Follower mal eins minus diesen Anteil (explain audit).")
    }

    public static let findingAuditNote = Message(
        en: "A follower is likely fake when the weighted share of the indicators it shows reaches the threshold. The "
            + "interval is Wilson's 95 % interval of that share; the real audience is the account's followers times "
            + "the share of likely real ones.",
        de: "Ein Follower gilt als wahrscheinlich unecht, wenn der gewichtete Anteil der Merkmale, die er zeigt, die "
            + "Schwelle erreicht. Das Intervall ist Wilsons 95-%-Intervall dieses Anteils; das echte Publikum sind die "
            + "Follower des Kontos mal dem Anteil der wahrscheinlich echten.")
    /// The definition note of a culture profile.
    public static let findingProfileNote = Message(
        en: "Points per culture type, now and preferred, as the respondents distributed them (mean over respondents).",
        de: "Punkte je Kulturtyp, jetzt und gewünscht, wie die Befragten sie verteilt haben (Mittel über die Befragten).")
    /// The definition note of a survey fit.
    public static let findingFitNote = Message(
        en: "r is Pearson's correlation of the two profiles; the distance is the root mean square difference of the "
            + "points. The band reads r.",
        de: "r ist Pearsons Korrelation der beiden Profile; der Abstand ist die Wurzel der mittleren quadrierten "
            + "Differenz der Punkte. Das Band liest r.")
    /// The definition note of a goal check.
    public static let findingGoalsNote = Message(
        en: "Each goal compares the metric's headline value per group, computed now from the stored data, with its "
            + "target.",
        de: "Jedes Ziel vergleicht den Hauptwert der Kennzahl je Gruppe, jetzt aus den gespeicherten Daten berechnet, "
            + "mit seinem Zielwert.")

    /// The appendix's method notes.
    public static let findingsMethodNotes: [Message] = [
        Message(en: "Median: the middle value of the posts of a group; a few viral posts do not move it.",
                de: "Median: der mittlere Wert der Beiträge einer Gruppe; einzelne virale Beiträge verschieben ihn nicht."),
        Message(en: "Pooled: the sum of the numerators over the sum of the denominators of a group; large accounts "
                    + "weigh more.",
                de: "Gepoolt: die Summe der Zähler geteilt durch die Summe der Nenner einer Gruppe; große Konten wiegen "
                    + "mehr."),
        Message(en: "Intervals: 95 % bootstrap intervals of the median (Wilson's interval for shares of followers).",
                de: "Intervalle: 95-%-Bootstrap-Intervalle des Medians (Wilsons Intervall für Anteile von Followern)."),
        Message(en: "Tests: Mann–Whitney asks whether posts of one group tend to score higher than those of another; "
                    + "Welch's test compares means; p-values are adjusted for several pairs by Holm's method. Cliff's "
                    + "delta gives the size of the difference.",
                de: "Tests: Mann-Whitney fragt, ob Beiträge einer Gruppe eher höher liegen als die einer anderen; "
                    + "Welchs Test vergleicht Mittelwerte; p-Werte sind für mehrere Paare nach Holm angepasst. Cliffs "
                    + "Delta gibt die Größe des Unterschieds an."),
    ]
}

/// The words of the rendering of a report: page numbers and the messages of the `report` command's new parts.
extension Words {
    /// The content of a printed page's number (CSS), as `@page` writes it.
    public static let reportPageNumber = Message(en: "\"Page \" counter(page) \" of \" counter(pages)",
                                                 de: "\"Seite \" counter(page) \" von \" counter(pages)")
}
