import RapportCore

/// Everything a report holds, in order and in its language, whatever it is rendered as (HTML, Markdown, a deck, a
/// workbook): the title block, the key findings and figures, one finding per result, and the appendix.
struct ReportDocument {
    /// The title.
    let title: String
    /// The client's name, when given.
    let client: String?
    /// The period the data covers (`2025-01-01 – 2025-03-31`), when the data has times.
    let period: String?
    /// The day the report was written.
    let date: String
    /// The logo, when given.
    let logo: ReportLogo?
    /// The report's language.
    let language: Language
    /// The key findings, one line each.
    let keyFindings: [KeyFinding]
    /// Up to six key figures.
    let figures: [KeyFigure]
    /// The findings, one section each.
    let findings: [ReportFinding]
    /// The appendix.
    let appendix: ReportAppendix

    /// The most key figures shown.
    static let maximumFigures = 6

    /// A message in the report's language.
    func say(_ message: Message) -> String {
        message.text(language)
    }

    /// The title block's lines under the title: client, period and date, each with its label.
    var subtitleLines: [String] {
        var lines: [String] = []
        if let client { lines.append(say(Words.findingsClient) + ": " + client) }
        if let period { lines.append(say(Words.findingsPeriod) + ": " + period) }
        lines.append(say(Words.findingsDate) + ": " + date)
        return lines
    }
}
