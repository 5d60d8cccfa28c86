import RapportCore

/// Messages of the `report` command and the texts of the reports it writes.
extension Words {
    /// The progress line of a report.
    public static func progressReport(_ file: String) -> Message {
        Message(en: "writing the report \(file)", de: "schreibe den Bericht \(file)")
    }
    /// One line on `report`.
    public static let reportSummary = Message(en: "write the analysis as a self-contained HTML page or Markdown",
                                              de: "die Analyse als eigenständige HTML-Seite oder als Markdown schreiben")
    /// Longer help on `report`: formats, contents, escaping and provenance.
    public static let reportDiscussion = Message(
        en: "The file's extension picks the format: .html or .htm for a page with inline CSS (also for print) and inline SVG charts, .md for Markdown. The report holds a summary of the workspace, the score results with the goals and whether they are met, the comparisons with their plain sentences and charts of the medians with their intervals, and survey profiles (datasets with the columns type, now and preferred) as kite charts. Every text from the data is escaped. The file records the rapport version, the workspace, the datasets and the time. An existing file is replaced only with --force; the file is written atomically. A folder that does not exist is named; --mkdirs creates it.",
        de: "Die Endung der Datei bestimmt das Format: .html oder .htm für eine Seite mit eingebettetem CSS (auch für den Druck) und eingebetteten SVG-Diagrammen, .md für Markdown. Der Bericht enthält eine Übersicht des Arbeitsbereichs, die Kennzahl-Ergebnisse mit den Zielen und ob sie erreicht sind, die Vergleiche mit ihren Sätzen in Klartext und Diagrammen der Mediane mit ihren Intervallen sowie Umfrageprofile (Datensätze mit den Spalten type, now und preferred) als Drachendiagramme. Jeder Text aus den Daten wird maskiert. Die Datei hält die rapport-Version, den Arbeitsbereich, die Datensätze und die Zeit fest. Eine bestehende Datei wird nur mit --force ersetzt; die Datei wird atomar geschrieben. Ein fehlender Ordner wird genannt; --mkdirs legt ihn an.")
    /// The `--title` flag.
    public static let reportTitleFlag = Message(en: "the report's title", de: "der Titel des Berichts")
    /// The `--datasets` flag.
    public static let reportDatasetsFlag = Message(en: "only these results, separated by commas", de: "nur diese Ergebnisse, durch Kommas getrennt")
    /// The `--lang` flag of `report`.
    public static let reportLangFlag = Message(en: "the report's language (default: the session's)", de: "die Sprache des Berichts (Standard: die der Sitzung)")

    /// A report file whose extension names no format.
    public static func reportUnknownFormat(_ path: String) -> Message {
        Message(en: "cannot tell the report's format from '\(path)': use .html, .htm or .md",
                de: "das Format des Berichts ist an '\(path)' nicht zu erkennen: .html, .htm oder .md verwenden")
    }
    /// A `--datasets` name that is not a result the report can show.
    public static func reportNotAResult(_ name: String) -> Message {
        Message(en: "'\(name)' is not a score, comparison or survey result, so the report has nothing to show of it",
                de: "'\(name)' ist kein Ergebnis von score, compare oder einer Umfrage, der Bericht kann davon nichts zeigen")
    }
    /// What `report` says when done.
    public static func reportWritten(_ path: String, sections: Int) -> Message {
        Message(en: "wrote \(path) (\(sections) results)", de: "\(path) geschrieben (\(sections) Ergebnisse)")
    }

    /// The title when `--title` is not given.
    public static let reportDefaultTitle = Message(en: "Analysis report", de: "Analysebericht")
    /// The heading of the workspace summary.
    public static let reportWorkspaceHeading = Message(en: "Workspace", de: "Arbeitsbereich")
    /// The heading of the score results.
    public static let reportScoresHeading = Message(en: "Scores", de: "Kennzahlen")
    /// The heading of the goals.
    public static let reportGoalsHeading = Message(en: "Goals", de: "Ziele")
    /// The heading of the comparisons.
    public static let reportComparisonsHeading = Message(en: "Comparisons", de: "Vergleiche")
    /// The heading of the survey profiles.
    public static let reportSurveysHeading = Message(en: "Culture profiles", de: "Kulturprofile")
    /// The heading of where the report came from.
    public static let reportProvenanceHeading = Message(en: "Provenance", de: "Herkunft")
    /// The text of a report with no results to show.
    public static let reportNothing = Message(en: "The workspace holds no score, comparison or survey results yet.",
                                              de: "Der Arbeitsbereich enthält noch keine Ergebnisse von score, compare oder Umfragen.")
    /// The summary table's column of dataset names.
    public static let reportDatasetColumn = Message(en: "dataset", de: "Datensatz")
    /// The summary table's column of kinds.
    public static let reportKindColumn = Message(en: "kind", de: "Art")
    /// The summary table's column of row counts.
    public static let reportRowsColumn = Message(en: "rows", de: "Zeilen")
    /// The summary table's column of column counts.
    public static let reportColumnsColumn = Message(en: "columns", de: "Spalten")
    /// The summary table's column of the command that made each dataset.
    public static let reportSourceColumn = Message(en: "source", de: "Herkunft")
    /// The provenance label of the rapport version.
    public static let reportVersion = Message(en: "rapport version", de: "rapport-Version")
    /// The provenance label of the workspace.
    public static let reportWorkspace = Message(en: "workspace", de: "Arbeitsbereich")
    /// The provenance label of the datasets shown.
    public static let reportDatasets = Message(en: "datasets", de: "Datensätze")
    /// The provenance label of the time the report was written.
    public static let reportTime = Message(en: "written", de: "geschrieben")
    /// The label of a profile's current culture in kite charts.
    public static let reportNow = Message(en: "now", de: "jetzt")
    /// The label of a profile's preferred culture in kite charts.
    public static let reportPreferred = Message(en: "preferred", de: "gewünscht")
    /// A goal that is met.
    public static let goalMet = Message(en: "met", de: "erreicht")
    /// A goal that is missed.
    public static let goalMissed = Message(en: "missed", de: "verfehlt")
    /// A goal whose metric cannot be computed.
    public static let goalUnknown = Message(en: "not computable", de: "nicht berechenbar")
    /// The caption of a comparison's chart of medians.
    public static let reportMedianChart = Message(en: "Median per group with its 95 % interval", de: "Median je Gruppe mit 95-%-Intervall")
    /// The caption of a comparison's chart whose table stores no intervals (accounts side by side).
    public static let reportMedianChartWithoutIntervals = Message(en: "Median per group", de: "Median je Gruppe")

    /// The line under the workspace heading.
    public static func reportSummaryLine(datasets: Int) -> Message {
        Message(en: "\(datasets) datasets in this workspace.", de: "\(datasets) Datensätze in diesem Arbeitsbereich.")
    }
    /// The line under the goals heading.
    public static func goalsAttained(_ met: Int, of total: Int) -> Message {
        Message(en: "\(met) of \(total) goals met.", de: "\(met) von \(total) Zielen erreicht.")
    }
    /// The line naming the command that computed a result.
    public static func reportSourceLine(_ source: String) -> Message {
        Message(en: "Computed by: \(source)", de: "Berechnet mit: \(source)")
    }
}
