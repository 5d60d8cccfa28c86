import RapportCore

/// Lays a report's content out as Markdown: headings, pipe tables and the provenance as a list; every text from data
/// is escaped. Charts are left out; the tables carry their numbers.
enum MarkdownReport {
    /// The document.
    static func document(_ content: ReportContent) -> String {
        var lines = ["# " + MarkdownText.escaped(content.title), ""]
        lines += heading(content.say(Words.reportWorkspaceHeading))
        lines += [MarkdownText.paragraph(content.say(Words.reportSummaryLine(datasets: content.summary.rowCount))), ""]
        lines += table(ReportTable(content.summary, formatter: content.formatter))
        if !content.hasResults { lines += [MarkdownText.paragraph(content.say(Words.reportNothing)), ""] }
        if !content.scores.isEmpty {
            lines += heading(content.say(Words.reportScoresHeading))
            for score in content.scores {
                lines += subheading(score.dataset.name)
                lines += [MarkdownText.paragraph(content.say(Words.reportSourceLine(score.source))), ""]
                lines += table(ReportTable(score.dataset, formatter: content.formatter))
            }
        }
        if let goals = content.goals {
            lines += heading(content.say(Words.reportGoalsHeading))
            lines += [MarkdownText.paragraph(content.say(Words.goalsAttained(content.goalsMet, of: content.goalsTotal))), ""]
            lines += table(ReportTable(goals, formatter: content.formatter))
        }
        if !content.comparisons.isEmpty {
            lines += heading(content.say(Words.reportComparisonsHeading))
            for comparison in content.comparisons {
                lines += subheading(comparison.groups.name)
                if let sentence = comparison.sentence { lines += [MarkdownText.paragraph(sentence), ""] }
                if let source = comparison.source {
                    lines += [MarkdownText.paragraph(content.say(Words.reportSourceLine(source))), ""]
                }
                lines += table(ReportTable(comparison.groups, formatter: content.formatter))
                if let pairs = comparison.pairs { lines += table(ReportTable(pairs, formatter: content.formatter)) }
            }
        }
        if !content.surveys.isEmpty {
            lines += heading(content.say(Words.reportSurveysHeading))
            for survey in content.surveys {
                lines += subheading(survey.dataset.name)
                lines += table(ReportTable(survey.dataset, formatter: content.formatter))
            }
        }
        lines += heading(content.say(Words.reportProvenanceHeading))
        lines += content.provenance.lines(content.language).map { "- " + MarkdownText.escaped($0.label) + ": " + MarkdownText.escaped($0.value) }
        lines.append("")
        return lines.joined(separator: "\n")
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
    private static func table(_ table: ReportTable) -> [String] {
        let row = { (cells: [String]) in "| " + cells.map(MarkdownText.escaped).joined(separator: " | ") + " |" }
        return [row(table.header), "| " + table.numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |"]
            + table.rows.map(row) + [""]
    }
}
