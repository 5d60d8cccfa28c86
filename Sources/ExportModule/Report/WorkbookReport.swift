import Foundation
import RapportCore

/// A report as a workbook: a summary sheet with the key findings and figures, then one sheet per finding with its
/// table (numbers as numbers in their formats), the sentence, definitions and command under it, and a native chart
/// beside it (the same chart writer as the deck).
enum WorkbookReport {
    /// The workbook of a report.
    static func workbook(_ document: ReportDocument) -> Workbook {
        let status = document.keyFindings.map { $0.label }
        var summaryRows: [String] = document.keyFindings.map(\.text)
        var statusRows: [String?] = status.map { $0.isEmpty ? nil : $0 }
        for figure in document.figures {
            summaryRows.append(figure.label + ": " + figure.value)
            statusRows.append(nil)
        }
        let summary = Dataset(name: document.say(Words.findingsSummarySheet), columns: [
            Column.text(document.say(Words.findingsFindingColumn), summaryRows),
            Column.text(document.say(Words.findingsStatusColumn), statusRows),
        ])
        let head = [document.title] + document.subtitleLines
        var sheets = [WorkbookSheet(name: summary.name, table: summary, notes: head)]
        for finding in document.findings {
            var notes = finding.sentence.map { [$0] } ?? []
            notes += finding.notes
            if let command = finding.command { notes.append(document.say(Words.findingsCommand) + ": " + command) }
            let raw = finding.datasets[0]
            let table = Dataset(name: finding.title, columns: raw.columns.map { column in
                var named = column
                named.name = Words.columnTitle(column.name).text(document.language)
                return named
            }, kind: raw.kind)
            sheets.append(WorkbookSheet(name: finding.title, table: table, notes: notes,
                                        chart: finding.chart?.spec(language: document.language)))
        }
        let appendix = document.appendix
        let properties = DocumentProperties(title: document.title, creator: "rapport " + appendix.version,
                                            description: nil, created: appendix.time)
        return Workbook(sheets: sheets, properties: properties, language: document.language)
    }
}
