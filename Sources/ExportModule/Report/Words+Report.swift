import RapportCore

/// Messages of the `report` command.
extension Words {
    /// The progress line of a report.
    public static func progressReport(_ file: String) -> Message {
        Message(en: "writing the report \(file)", de: "schreibe den Bericht \(file)")
    }
    /// One line on `report`.
    public static let reportSummary = Message(
        en: "write the findings as an HTML page, Markdown, a PowerPoint deck or a workbook",
        de: "die Ergebnisse als HTML-Seite, Markdown, PowerPoint-Präsentation oder Arbeitsmappe schreiben")
    /// Longer help on `report`: formats, contents, selection, escaping and provenance.
    public static let reportDiscussion = Message(
        en: "The file's extension (or --type) picks the format: .html or .htm for a self-contained page (inline CSS and SVG charts, no scripts, printable to A4 with page numbers), .md for Markdown with its charts as SVG files in FILE-charts/ beside it, .pptx for a 16:9 deck with native charts whose data opens with \"Edit data\", .xlsx for a workbook with a summary sheet and a sheet per finding with its native chart. Every rendering holds the same findings in this order: a title block (title, client, period of the data, date, logo), the key findings and up to six key figures, one section per result (score, comparison, the goal check, audit, survey profile and fit) with its chart, its table for reading, its definitions and the exact command that computed it, and an appendix (methods, the datasets with their rows, source files with SHA-256, rapport's version and the time). An audit's follower and rule tables are left out unless --include names them; --include takes result names and kinds (score, comparison, goals, audit, survey-profile, survey-fit, table). `report - --type md|html` writes to stdout (Markdown without chart files). A logo may be PNG (every format) or SVG (HTML and Markdown). Every text from the data is escaped. An existing file is replaced only with --force; files are written atomically. A folder that does not exist is named; --mkdirs creates it.",
        de: "Die Endung der Datei (oder --type) bestimmt das Format: .html oder .htm für eine eigenständige Seite (eingebettetes CSS und SVG-Diagramme, keine Skripte, druckbar auf A4 mit Seitenzahlen), .md für Markdown mit den Diagrammen als SVG-Dateien in FILE-charts/ daneben, .pptx für eine 16:9-Präsentation mit echten Diagrammen, deren Daten sich mit \"Daten bearbeiten\" öffnen, .xlsx für eine Arbeitsmappe mit einem Übersichtsblatt und einem Blatt je Ergebnis samt echtem Diagramm. Jede Form enthält dieselben Ergebnisse in dieser Reihenfolge: einen Titelblock (Titel, Kunde, Zeitraum der Daten, Datum, Logo), die wichtigsten Ergebnisse und bis zu sechs Kennzahlen, einen Abschnitt je Ergebnis (score, compare, die Zielprüfung, audit, Umfrageprofil und Passung) mit Diagramm, lesbarer Tabelle, Definitionen und dem genauen Befehl, der es berechnet hat, und einen Anhang (Methoden, die Datensätze mit ihren Zeilen, Quelldateien mit SHA-256, die rapport-Version und die Zeit). Die Follower- und Regeltabellen eines Audits bleiben weg, außer --include nennt sie; --include nimmt Namen und Arten von Ergebnissen (score, comparison, goals, audit, survey-profile, survey-fit, table). `report - --type md|html` schreibt auf stdout (Markdown ohne Diagrammdateien). Ein Logo kann PNG (jedes Format) oder SVG (HTML und Markdown) sein. Jeder Text aus den Daten wird maskiert. Eine bestehende Datei wird nur mit --force ersetzt; Dateien werden atomar geschrieben. Ein fehlender Ordner wird genannt; --mkdirs legt ihn an.")
    /// The `--title` flag.
    public static let reportTitleFlag = Message(en: "the report's title", de: "der Titel des Berichts")
    /// The `--client` flag.
    public static let reportClientFlag = Message(en: "the client's name for the title block",
                                                 de: "der Name des Kunden für den Titelblock")
    /// The `--logo` flag.
    public static let reportLogoFlag = Message(en: "a logo to embed: PNG, or SVG for HTML and Markdown",
                                               de: "ein Logo zum Einbetten: PNG, oder SVG für HTML und Markdown")
    /// The `--include` flag.
    public static let reportIncludeFlag = Message(en: "only these results, by name or kind, separated by commas",
                                                  de: "nur diese Ergebnisse, nach Name oder Art, durch Kommas getrennt")
    /// The `--datasets` flag, the synonym of `--include`.
    public static let reportDatasetsFlag = Message(en: "the same as --include", de: "dasselbe wie --include")
    /// The `--type` flag of `report`.
    public static let reportTypeFlag = Message(en: "the format; told by the extension when left out (md for stdout)",
                                               de: "das Format; sonst aus der Dateiendung (md für stdout)")
    /// The `--lang` flag of `report`.
    public static let reportLangFlag = Message(en: "the report's language (default: the session's)", de: "die Sprache des Berichts (Standard: die der Sitzung)")

    /// A report file whose extension names no format.
    public static func reportUnknownFormat(_ path: String) -> Message {
        Message(en: "cannot tell the report's format from '\(path)': use .html, .htm, .md, .pptx or .xlsx (or --type)",
                de: "das Format des Berichts ist an '\(path)' nicht zu erkennen: .html, .htm, .md, .pptx oder .xlsx verwenden (oder --type)")
    }
    /// A deck or workbook asked for on stdout.
    public static func reportBinaryToStdout(_ type: String) -> Message {
        Message(en: "a \(type) report is a binary file and cannot go to stdout; give a file name, or --type md|html",
                de: "ein \(type)-Bericht ist eine Binärdatei und kann nicht auf stdout; einen Dateinamen angeben oder --type md|html")
    }
    /// Both `--include` and `--datasets` given.
    public static let reportIncludeTwice = Message(en: "give --include or --datasets, not both",
                                                   de: "--include oder --datasets angeben, nicht beides")
    /// An `--include` item that is a dataset but not a result the report can show.
    public static func reportNotAResult(_ name: String) -> Message {
        Message(en: "'\(name)' is not a result (score, comparison, goals, audit or survey), so the report has nothing to show of it",
                de: "'\(name)' ist kein Ergebnis (score, compare, Ziele, audit oder Umfrage), der Bericht kann davon nichts zeigen")
    }
    /// An SVG logo for a deck or workbook.
    public static func reportLogoNeedsPNG(_ type: String) -> Message {
        Message(en: "a \(type) report takes a PNG logo; SVG is for HTML and Markdown",
                de: "ein \(type)-Bericht nimmt ein PNG-Logo; SVG ist für HTML und Markdown")
    }
    /// A logo file that cannot be read.
    public static func reportLogoUnreadable(_ path: String) -> Message {
        Message(en: "cannot read the logo \(path)", de: "das Logo \(path) ist nicht lesbar")
    }
    /// A `.png` logo that is no PNG image.
    public static func reportLogoNotPNG(_ path: String) -> Message {
        Message(en: "\(path) is not a PNG image", de: "\(path) ist kein PNG-Bild")
    }
    /// A `.svg` logo without an SVG element.
    public static func reportLogoNotSVG(_ path: String) -> Message {
        Message(en: "\(path) holds no <svg> element", de: "\(path) enthält kein <svg>-Element")
    }
    /// A logo of another type.
    public static func reportLogoFormat(_ path: String) -> Message {
        Message(en: "the logo \(path) must be a .png or .svg file", de: "das Logo \(path) muss eine .png- oder .svg-Datei sein")
    }
    /// What `report` says when done.
    public static func reportWritten(_ path: String, sections: Int) -> Message {
        Message(en: "wrote \(path) (\(sections) findings)", de: "\(path) geschrieben (\(sections) Ergebnisse)")
    }
    /// What `report -` says on stderr when done.
    public static func reportWrittenToStdout(sections: Int, type: String) -> Message {
        Message(en: "wrote the report to stdout as \(type) (\(sections) findings)",
                de: "Bericht als \(type) auf stdout geschrieben (\(sections) Ergebnisse)")
    }
    /// The note of a Markdown report on stdout, which has no folder for its charts.
    public static let reportChartsLeftOut = Message(
        en: "a Markdown report on stdout leaves its charts (and logo) out: write it to a file to get FILE-charts/",
        de: "ein Markdown-Bericht auf stdout lässt seine Diagramme (und das Logo) weg: in eine Datei schreiben, um FILE-charts/ zu erhalten")

    /// The label of a profile's current culture in kite charts.
    public static let reportNow = Message(en: "now", de: "jetzt")
    /// The label of a profile's preferred culture in kite charts.
    public static let reportPreferred = Message(en: "preferred", de: "gewünscht")
}
