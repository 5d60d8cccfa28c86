import RapportCore

/// Messages of the `report` command and the texts of the reports it writes.
extension Words {
    public static let reportSummary = Message(en: "write the analysis as a self-contained HTML page or Markdown",
                                              de: "die Analyse als eigenständige HTML-Seite oder als Markdown schreiben")
    public static let reportDiscussion = Message(
        en: "The file's extension picks the format: .html or .htm for a page with inline CSS (also for print) and inline SVG charts, .md for Markdown. The report holds a summary of the workspace, the score results with the goals and whether they are met, the comparisons with their plain sentences and charts of the medians with their intervals, and survey profiles (datasets with the columns type, now and preferred) as kite charts. Every text from the data is escaped. The file records the rapport version, the workspace, the datasets and the time. An existing file is replaced only with --force; the file is written atomically.",
        de: "Die Endung der Datei bestimmt das Format: .html oder .htm für eine Seite mit eingebettetem CSS (auch für den Druck) und eingebetteten SVG-Diagrammen, .md für Markdown. Der Bericht enthält eine Übersicht des Arbeitsbereichs, die Kennzahl-Ergebnisse mit den Zielen und ob sie erreicht sind, die Vergleiche mit ihren Sätzen in Klartext und Diagrammen der Mediane mit ihren Intervallen sowie Umfrageprofile (Datensätze mit den Spalten type, now und preferred) als Drachendiagramme. Jeder Text aus den Daten wird maskiert. Die Datei hält die rapport-Version, den Arbeitsbereich, die Datensätze und die Zeit fest. Eine bestehende Datei wird nur mit --force ersetzt; die Datei wird atomar geschrieben.")
    public static let reportTitleFlag = Message(en: "the report's title", de: "der Titel des Berichts")
    public static let reportDatasetsFlag = Message(en: "only these results, separated by commas", de: "nur diese Ergebnisse, durch Kommas getrennt")
    public static let reportLangFlag = Message(en: "the report's language (default: the session's)", de: "die Sprache des Berichts (Standard: die der Sitzung)")
    public static let reportForceFlag = Message(en: "replace an existing file", de: "eine bestehende Datei ersetzen")

    public static func reportFileExists(_ path: String) -> Message {
        Message(en: "\(path) exists already (add --force to replace it)", de: "\(path) existiert bereits (mit --force ersetzen)")
    }
    public static func reportUnknownFormat(_ path: String) -> Message {
        Message(en: "cannot tell the report's format from '\(path)': use .html, .htm or .md",
                de: "das Format des Berichts ist an '\(path)' nicht zu erkennen: .html, .htm oder .md verwenden")
    }
    public static func reportNotAResult(_ name: String) -> Message {
        Message(en: "'\(name)' is not a score, comparison or survey result, so the report has nothing to show of it",
                de: "'\(name)' ist kein Ergebnis von score, compare oder einer Umfrage, der Bericht kann davon nichts zeigen")
    }
    public static func reportWritten(_ path: String, sections: Int) -> Message {
        Message(en: "wrote \(path) (\(sections) results)", de: "\(path) geschrieben (\(sections) Ergebnisse)")
    }

    public static let reportDefaultTitle = Message(en: "Analysis report", de: "Analysebericht")
    public static let reportWorkspaceHeading = Message(en: "Workspace", de: "Arbeitsbereich")
    public static let reportScoresHeading = Message(en: "Scores", de: "Kennzahlen")
    public static let reportGoalsHeading = Message(en: "Goals", de: "Ziele")
    public static let reportComparisonsHeading = Message(en: "Comparisons", de: "Vergleiche")
    public static let reportSurveysHeading = Message(en: "Culture profiles", de: "Kulturprofile")
    public static let reportProvenanceHeading = Message(en: "Provenance", de: "Herkunft")
    public static let reportNothing = Message(en: "The workspace holds no score, comparison or survey results yet.",
                                              de: "Der Arbeitsbereich enthält noch keine Ergebnisse von score, compare oder Umfragen.")
    public static let reportDatasetColumn = Message(en: "dataset", de: "Datensatz")
    public static let reportKindColumn = Message(en: "kind", de: "Art")
    public static let reportRowsColumn = Message(en: "rows", de: "Zeilen")
    public static let reportColumnsColumn = Message(en: "columns", de: "Spalten")
    public static let reportSourceColumn = Message(en: "source", de: "Herkunft")
    public static let reportVersion = Message(en: "rapport version", de: "rapport-Version")
    public static let reportWorkspace = Message(en: "workspace", de: "Arbeitsbereich")
    public static let reportDatasets = Message(en: "datasets", de: "Datensätze")
    public static let reportTime = Message(en: "written", de: "geschrieben")
    public static let reportNow = Message(en: "now", de: "jetzt")
    public static let reportPreferred = Message(en: "preferred", de: "gewünscht")
    public static let goalMet = Message(en: "met", de: "erreicht")
    public static let goalMissed = Message(en: "missed", de: "verfehlt")
    public static let goalUnknown = Message(en: "not computable", de: "nicht berechenbar")
    public static let reportMedianChart = Message(en: "Median per group with its 95 % interval", de: "Median je Gruppe mit 95-%-Intervall")

    public static func reportSummaryLine(datasets: Int) -> Message {
        Message(en: "\(datasets) datasets in this workspace.", de: "\(datasets) Datensätze in diesem Arbeitsbereich.")
    }
    public static func goalsAttained(_ met: Int, of total: Int) -> Message {
        Message(en: "\(met) of \(total) goals met.", de: "\(met) von \(total) Zielen erreicht.")
    }
    public static func reportSourceLine(_ source: String) -> Message {
        Message(en: "Computed by: \(source)", de: "Berechnet mit: \(source)")
    }
}
