import RapportCore

/// Lays a report's content out as one self-contained HTML page: inline CSS, inline SVG, no scripts, nothing fetched.
enum HTMLReport {
    /// The page; every text from data is escaped.
    static func page(_ content: ReportContent) -> String {
        var html = ["<!DOCTYPE html>", "<html lang=\"\(content.language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<meta name=\"generator\" content=\"rapport \(HTMLText.escaped(content.provenance.version))\">",
                    "<title>\(HTMLText.escaped(content.title))</title>", "<style>", ReportStyle.css, "</style>", "</head>", "<body>",
                    "<header>", "<h1>\(HTMLText.escaped(content.title))</h1>",
                    "<p class=\"meta\">\(HTMLText.escaped(content.provenance.workspace)) · \(HTMLText.escaped(content.provenance.time))</p>",
                    "</header>"]
        html += section("workspace", content.say(Words.reportWorkspaceHeading),
                        [paragraph(content.say(Words.reportSummaryLine(datasets: content.summary.rowCount))),
                         table(ReportTable(content.summary, formatter: content.formatter))])
        if !content.hasResults { html.append(paragraph(content.say(Words.reportNothing))) }
        if !content.scores.isEmpty {
            html += section("scores", content.say(Words.reportScoresHeading), content.scores.map { score in
                article(score.dataset.name, [paragraph(content.say(Words.reportSourceLine(score.source)), class: "source"),
                                             table(ReportTable(score.dataset, formatter: content.formatter))])
            })
        }
        if let goals = content.goals {
            html += section("goals", content.say(Words.reportGoalsHeading),
                            [paragraph(content.say(Words.goalsAttained(content.goalsMet, of: content.goalsTotal))),
                             table(ReportTable(goals, formatter: content.formatter))])
        }
        if !content.comparisons.isEmpty {
            html += section("comparisons", content.say(Words.reportComparisonsHeading), content.comparisons.map { comparison in
                var parts = comparison.sentence.map { [paragraph($0, class: "sentence")] } ?? []
                if let source = comparison.source {
                    parts.append(paragraph(content.say(Words.reportSourceLine(source)), class: "source"))
                }
                if !comparison.bars.isEmpty {
                    let withIntervals = comparison.bars.contains { $0.low != nil && $0.high != nil }
                    let caption = content.say(withIntervals ? Words.reportMedianChart : Words.reportMedianChartWithoutIntervals)
                    parts.append("<figure>\n" + SVGBarChart(bars: comparison.bars, title: caption).svg
                                 + "\n<figcaption>\(HTMLText.escaped(caption))</figcaption>\n</figure>")
                }
                parts.append(table(ReportTable(comparison.groups, formatter: content.formatter)))
                if let pairs = comparison.pairs { parts.append(table(ReportTable(pairs, formatter: content.formatter))) }
                return article(comparison.groups.name, parts)
            })
        }
        if !content.surveys.isEmpty {
            html += section("surveys", content.say(Words.reportSurveysHeading), content.surveys.map { survey in
                var parts: [String] = []
                if survey.types.count >= KiteChart.minimumAxes {
                    let chart = KiteChart(axes: survey.types, now: survey.now, preferred: survey.preferred,
                                          nowLabel: content.say(Words.reportNow), preferredLabel: content.say(Words.reportPreferred),
                                          title: survey.dataset.name)
                    parts.append("<figure>\n" + chart.svg + "\n</figure>")
                }
                parts.append(table(ReportTable(survey.dataset, formatter: content.formatter)))
                return article(survey.dataset.name, parts)
            })
        }
        html.append("<footer id=\"provenance\">")
        html.append("<h2>\(HTMLText.escaped(content.say(Words.reportProvenanceHeading)))</h2>")
        html.append("<dl class=\"provenance\">")
        for line in content.provenance.lines(content.language) {
            html.append("<dt>\(HTMLText.escaped(line.label))</dt><dd>\(HTMLText.escaped(line.value))</dd>")
        }
        html += ["</dl>", "</footer>", "</body>", "</html>", ""]
        return html.joined(separator: "\n")
    }

    /// A `<section>` with an id, a heading and its parts.
    private static func section(_ id: String, _ heading: String, _ parts: [String]) -> [String] {
        ["<section id=\"\(id)\">", "<h2>\(HTMLText.escaped(heading))</h2>"] + parts + ["</section>"]
    }

    /// An `<article>` headed by a dataset's name.
    private static func article(_ name: String, _ parts: [String]) -> String {
        (["<article>", "<h3>\(HTMLText.escaped(name))</h3>"] + parts + ["</article>"]).joined(separator: "\n")
    }

    /// A paragraph of escaped text, with an optional class.
    private static func paragraph(_ text: String, class name: String? = nil) -> String {
        (name.map { "<p class=\"\($0)\">" } ?? "<p>") + HTMLText.escaped(text) + "</p>"
    }

    /// A table with escaped header and cells; numeric cells right-aligned.
    private static func table(_ table: ReportTable) -> String {
        var lines = ["<table>", "<thead><tr>" + table.header.map { "<th>\(HTMLText.escaped($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for row in table.rows {
            lines.append("<tr>" + zip(row, table.numeric).map { cell, numeric in
                (numeric ? "<td class=\"number\">" : "<td>") + HTMLText.escaped(cell) + "</td>"
            }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }
}
