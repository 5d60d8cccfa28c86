import Foundation
import RapportCore

/// Lays a report out as GitHub-flavoured Markdown: the same findings as the page, with each chart as an SVG file in a
/// folder beside the document (`FILE-charts/`); every text from data is escaped.
enum MarkdownReport {
    /// A file the document links to (a chart's SVG, the logo): its name inside the charts folder and its bytes.
    struct ChartFile {
        /// The file's name, such as `02-comparison.svg`.
        let name: String
        /// The file's bytes.
        let data: Data
    }

    /// The document and its chart files; `chartsFolder` is the folder's name as the document links to it, nil to
    /// leave the charts out (a report on stdout).
    static func document(_ document: ReportDocument, chartsFolder: String?) -> (text: String, charts: [ChartFile]) {
        var lines = ["# " + MarkdownText.escaped(document.title), ""]
        var charts: [ChartFile] = []
        if let logo = document.logo, let chartsFolder {
            let name = "logo." + logo.fileExtension
            lines.insert("![](\(link(chartsFolder, name)))", at: 0)
            lines.insert("", at: 1)
            charts.append(ChartFile(name: name, data: logo.data))
        }
        lines += document.subtitleLines.map { MarkdownText.paragraph($0) + "  " } + [""]
        lines += heading(document.say(Words.findingsKeyHeading))
        if !document.figures.isEmpty {
            lines += table(ReadableTable(header: document.figures.map(\.label),
                                         numeric: document.figures.map { _ in true },
                                         rows: [document.figures.map(\.value)]))
        }
        if document.findings.isEmpty { lines += [MarkdownText.paragraph(document.say(Words.findingsNothing)), ""] }
        for line in document.keyFindings {
            let mark = line.tone == .neutral ? "" : "**" + (line.tone == .met ? "✓ " : "✗ ")
                + MarkdownText.escaped(line.label) + "** "
            lines.append("- " + mark + MarkdownText.escaped(line.text))
        }
        if !document.keyFindings.isEmpty { lines.append("") }
        for (index, finding) in document.findings.enumerated() {
            lines += heading(finding.title)
            if let sentence = finding.sentence { lines += [MarkdownText.paragraph(sentence), ""] }
            if let chart = finding.chart, let chartsFolder {
                let name = String(format: "%02d-%@.svg", index + 1, finding.kind.rawValue)
                charts.append(ChartFile(name: name, data: Data(standalone(chart.svg(title: finding.title)).utf8)))
                lines += ["![\(MarkdownText.escaped(chart.caption))](\(link(chartsFolder, name)))", ""]
            }
            for table in finding.tables { lines += self.table(table) }
            lines += finding.notes.map { "> " + MarkdownText.escaped($0) }
            if let command = finding.command {
                if !finding.notes.isEmpty { lines.append(">") }
                lines.append("> " + MarkdownText.escaped(document.say(Words.findingsCommand) + ": " + command))
            }
            lines.append("")
        }
        lines += appendix(document)
        return (lines.joined(separator: "\n"), charts)
    }

    /// A chart's SVG as a file of its own: the page's chart styles inside it, after the opening tag.
    private static func standalone(_ svg: String) -> String {
        guard let end = svg.firstIndex(of: ">") else { return svg + "\n" }
        let opening = svg[...end]
        return opening + "\n<style>\n" + ReportStyle.chartCSS + "\n</style>" + svg[svg.index(after: end)...] + "\n"
    }

    /// A link to a file in the charts folder, with the characters a Markdown link cannot hold percent-encoded.
    private static func link(_ folder: String, _ name: String) -> String {
        (folder + "/" + name).map { character -> String in
            " ()<>[]\\".contains(character) ? character.utf8.map { String(format: "%%%02X", $0) }.joined() : String(character)
        }.joined()
    }

    /// The appendix: methods, datasets, source files, version, workspace and time.
    private static func appendix(_ document: ReportDocument) -> [String] {
        let appendix = document.appendix
        let numbers = ReadableNumbers(language: document.language)
        var lines = heading(document.say(Words.findingsAppendixHeading))
        lines += subheading(document.say(Words.findingsMethodsHeading))
        lines += appendix.methods.map { "- " + MarkdownText.escaped($0) } + [""]
        if !appendix.datasets.isEmpty {
            lines += subheading(document.say(Words.findingsDatasetsHeading))
            lines += table(ReadableTable(
                header: [Words.findingsDatasetColumn, Words.findingsRowsColumn, Words.findingsMadeByColumn].map(document.say),
                numeric: [false, true, false],
                rows: appendix.datasets.map { [$0.name, numbers.count(Int64($0.rows)), $0.command ?? ""] }))
        }
        if !appendix.files.isEmpty {
            lines += subheading(document.say(Words.findingsFilesHeading))
            lines += table(ReadableTable(
                header: [document.say(Words.findingsFileColumn), document.say(Words.findingsBytesColumn), "SHA-256"],
                numeric: [false, true, false],
                rows: appendix.files.map { [$0.path, numbers.count(Int64($0.bytes)), $0.sha256] }))
        }
        for (label, value) in [(Words.findingsVersion, appendix.version), (Words.findingsWorkspace, appendix.workspace),
                               (Words.findingsWritten, appendix.time)] {
            lines.append("- " + MarkdownText.escaped(document.say(label)) + ": " + MarkdownText.escaped(value))
        }
        lines.append("")
        return lines
    }

    /// A second-level heading and the blank line after it.
    private static func heading(_ text: String) -> [String] {
        ["## " + MarkdownText.escaped(text), ""]
    }

    /// A third-level heading and the blank line after it.
    private static func subheading(_ text: String) -> [String] {
        ["### " + MarkdownText.escaped(text), ""]
    }

    /// A pipe table with escaped cells (numeric columns right-aligned) and the blank line after it.
    private static func table(_ table: ReadableTable) -> [String] {
        let row = { (cells: [String]) in "| " + cells.map(MarkdownText.escaped).joined(separator: " | ") + " |" }
        return [row(table.header), "| " + table.numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |"]
            + table.rows.map(row) + [""]
    }
}
