import Foundation
import RapportCore

/// A report as a slide deck: a title slide, the key findings with their figures, one slide per finding (its sentence,
/// a native chart, a compact table of at most eight rows, the definitions and the command in the speaker notes) and a
/// closing slide with the method and provenance.
enum DeckReport {
    /// The deck of a report; an SVG logo is the caller's to refuse, a PNG one goes on every slide.
    static func deck(_ document: ReportDocument) -> Deck {
        var slides = [Slide(kind: .title, title: document.title, subtitle: document.subtitleLines.joined(separator: "\n"))]
        let bullets = document.keyFindings.map { line in
            SlideBullet(line.label.isEmpty ? line.text : line.label + ": " + line.text, tone: tone(line.tone))
        }
        slides.append(Slide(kind: .findings, title: document.say(Words.findingsKeyHeading),
                            bullets: bullets.isEmpty ? [SlideBullet(document.say(Words.findingsNothing))] : bullets,
                            figures: document.figures.map { SlideFigure(value: $0.value, label: $0.label) },
                            notes: document.keyFindings.map(\.text).joined(separator: "\n")))
        for finding in document.findings {
            let table = finding.tables.first.flatMap(compact)
            var notes = finding.notes
            if let command = finding.command { notes.append(document.say(Words.findingsCommand) + ": " + command) }
            slides.append(Slide(
                kind: .finding, title: finding.title, subtitle: finding.sentence,
                bullets: finding.chart == nil && table == nil
                    ? finding.keyLines.map { SlideBullet($0.text, tone: tone($0.tone)) } : [],
                chart: finding.chart?.spec(language: document.language),
                table: table, notes: notes.joined(separator: "\n")))
        }
        let appendix = document.appendix
        var closing = appendix.methods.map { SlideBullet($0) }
        closing.append(SlideBullet(document.say(Words.findingsDatasetsHeading) + ": "
                                   + appendix.datasets.map(\.name).joined(separator: ", ")))
        closing.append(SlideBullet(document.say(Words.findingsVersion) + " " + appendix.version + " · "
                                   + document.say(Words.findingsWritten) + " " + appendix.time))
        slides.append(Slide(kind: .closing, title: document.say(Words.findingsClosingTitle), bullets: closing,
                            notes: appendix.files.map { $0.path + " · SHA-256 " + $0.sha256 }.joined(separator: "\n")))
        var logo: Data?
        if case .png(let data) = document.logo { logo = data }
        return Deck(title: document.title, slides: slides, logo: logo,
                    footer: [document.client, document.title].compactMap { $0 }.joined(separator: " · "),
                    language: document.language, created: document.appendix.time)
    }

    /// The bullet tone of a key finding's tone.
    private static func tone(_ tone: KeyFinding.Tone) -> SlideBullet.Tone {
        switch tone {
        case .neutral: return .neutral
        case .met: return .positive
        case .missed: return .negative
        }
    }

    /// The most columns a slide's table shows (the first ones: the group, its n, the median and its interval).
    static let maximumColumns = 5

    /// A table for a slide when it has at most `SlideTable.maximumRows` rows, its first `maximumColumns` columns, else
    /// nil (the chart and the notes carry the finding; the workbook and the page hold the whole table).
    private static func compact(_ table: ReadableTable) -> SlideTable? {
        guard !table.rows.isEmpty, table.rows.count <= SlideTable.maximumRows else { return nil }
        return SlideTable(header: Array(table.header.prefix(maximumColumns)),
                          rows: table.rows.map { Array($0.prefix(maximumColumns)) },
                          rightAligned: Array(table.numeric.prefix(maximumColumns)))
    }
}
