import RapportCore

/// Lays a report out as one self-contained HTML page: inline CSS, inline SVG, the logo as a `data:` image, no
/// scripts, nothing fetched (the Content-Security-Policy forbids it); every text from data escaped.
enum HTMLReport {
    /// The page's Content-Security-Policy: nothing but inline style and `data:` images.
    static let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    /// Tables with more columns than this print on a landscape page.
    static let landscapeColumns = 7
    /// A key figure longer than this many characters (a period of days) is set smaller.
    static let longFigure = 10

    /// The page.
    static func page(_ document: ReportDocument) -> String {
        var html = ["<!DOCTYPE html>", "<html lang=\"\(document.language.rawValue)\">", "<head>",
                    "<meta charset=\"utf-8\">",
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<meta name=\"generator\" content=\"rapport \(escaped(document.appendix.version))\">",
                    "<title>\(escaped(document.title))</title>", "<style>", ReportStyle.css(document.language),
                    "</style>", "</head>", "<body>"]
        html += titleBlock(document)
        html += keyFindings(document)
        for (index, finding) in document.findings.enumerated() {
            html += section(finding, number: index + 1, document: document)
        }
        html += appendix(document)
        html += ["</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    /// Text from data, escaped.
    private static func escaped(_ text: String) -> String {
        HTMLText.escaped(text)
    }

    /// The title, client, period, date and logo.
    private static func titleBlock(_ document: ReportDocument) -> [String] {
        var lines = ["<header class=\"title-block\">"]
        if let logo = document.logo {
            lines.append("<img class=\"logo\" alt=\"\" src=\"\(logo.dataURI)\">")
        }
        lines.append("<h1>\(escaped(document.title))</h1>")
        lines += document.subtitleLines.map { "<p class=\"meta\">\(escaped($0))</p>" }
        lines.append("</header>")
        return lines
    }

    /// The key figures and one line per key finding, with marks that say met or missed in words too.
    private static func keyFindings(_ document: ReportDocument) -> [String] {
        var lines = ["<section id=\"key-findings\">", "<h2>\(escaped(document.say(Words.findingsKeyHeading)))</h2>"]
        if !document.figures.isEmpty {
            lines.append("<div class=\"figures\">")
            for figure in document.figures {
                let size = figure.value.count > longFigure ? " long" : ""
                lines.append("<div class=\"figure\"><span class=\"value\(size)\">\(escaped(figure.value))</span>"
                             + "<span class=\"label\">\(escaped(figure.label))</span></div>")
            }
            lines.append("</div>")
        }
        if document.findings.isEmpty { lines.append("<p>\(escaped(document.say(Words.findingsNothing)))</p>") }
        if !document.keyFindings.isEmpty {
            lines.append("<ul class=\"key-lines\">")
            for line in document.keyFindings {
                let mark: String
                switch line.tone {
                case .neutral: mark = "<span class=\"mark neutral\" aria-hidden=\"true\"></span>"
                case .met: mark = "<span class=\"mark met\">✓ \(escaped(line.label))</span>"
                case .missed: mark = "<span class=\"mark missed\">✗ \(escaped(line.label))</span>"
                }
                lines.append("<li>\(mark) \(escaped(line.text))</li>")
            }
            lines.append("</ul>")
        }
        lines.append("</section>")
        return lines
    }

    /// One finding's section: title, sentence, chart, tables, definition notes and command.
    private static func section(_ finding: ReportFinding, number: Int, document: ReportDocument) -> [String] {
        var lines = ["<section class=\"finding \(finding.kind.rawValue)\" id=\"finding-\(number)\">",
                     "<h2>\(escaped(finding.title))</h2>"]
        if let sentence = finding.sentence { lines.append("<p class=\"sentence\">\(escaped(sentence))</p>") }
        if let chart = finding.chart {
            lines += ["<figure>", chart.svg(title: finding.title),
                      "<figcaption>\(escaped(chart.caption))</figcaption>", "</figure>"]
        }
        for table in finding.tables { lines.append(self.table(table)) }
        if !finding.notes.isEmpty || finding.command != nil {
            lines.append("<div class=\"notes\">")
            lines += finding.notes.map { "<p>\(escaped($0))</p>" }
            if let command = finding.command {
                lines.append("<p class=\"command\">\(escaped(document.say(Words.findingsCommand))): "
                             + "<code>\(escaped(command))</code></p>")
            }
            lines.append("</div>")
        }
        lines.append("</section>")
        return lines
    }

    /// A table inside a wrapper that scrolls on a narrow screen; a wide one prints on a landscape page.
    private static func table(_ table: ReadableTable) -> String {
        let wide = table.header.count > landscapeColumns
        var lines = ["<div class=\"table-wrap\(wide ? " wide" : "")\"><table>",
                     "<thead><tr>" + zip(table.header, table.numeric).map { name, numeric in
                         (numeric ? "<th class=\"number\">" : "<th>") + escaped(name) + "</th>"
                     }.joined() + "</tr></thead>", "<tbody>"]
        for row in table.rows {
            lines.append("<tr>" + zip(row, table.numeric).map { cell, numeric in
                (numeric ? "<td class=\"number\">" : "<td>") + escaped(cell) + "</td>"
            }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table></div>"]
        return lines.joined(separator: "\n")
    }

    /// The appendix: methods, datasets, source files and the facts of the file.
    private static func appendix(_ document: ReportDocument) -> [String] {
        let appendix = document.appendix
        var lines = ["<section id=\"appendix\">", "<h2>\(escaped(document.say(Words.findingsAppendixHeading)))</h2>",
                     "<h3>\(escaped(document.say(Words.findingsMethodsHeading)))</h3>", "<ul class=\"methods\">"]
        lines += appendix.methods.map { "<li>\(escaped($0))</li>" }
        lines.append("</ul>")
        let numbers = ReadableNumbers(language: document.language)
        if !appendix.datasets.isEmpty {
            lines.append("<h3>\(escaped(document.say(Words.findingsDatasetsHeading)))</h3>")
            lines.append(table(ReadableTable(
                header: [Words.findingsDatasetColumn, Words.findingsRowsColumn, Words.findingsMadeByColumn].map(document.say),
                numeric: [false, true, false],
                rows: appendix.datasets.map { [$0.name, numbers.count(Int64($0.rows)), $0.command ?? ""] })))
        }
        if !appendix.files.isEmpty {
            lines.append("<h3>\(escaped(document.say(Words.findingsFilesHeading)))</h3>")
            lines.append(table(ReadableTable(
                header: [document.say(Words.findingsFileColumn), document.say(Words.findingsBytesColumn), "SHA-256"],
                numeric: [false, true, false],
                rows: appendix.files.map { [$0.path, numbers.count(Int64($0.bytes)), $0.sha256] })))
        }
        lines.append("<dl class=\"provenance\">")
        for (label, value) in [(Words.findingsVersion, appendix.version), (Words.findingsWorkspace, appendix.workspace),
                               (Words.findingsWritten, appendix.time)] {
            lines.append("<dt>\(escaped(document.say(label)))</dt><dd>\(escaped(value))</dd>")
        }
        lines += ["</dl>", "</section>"]
        return lines
    }
}
