import RapportCore

/// Writes datasets as Markdown tables for people: values formatted as the shell shows them, numbers right-aligned,
/// the provenance in a line under the title, and every text from data escaped (`MarkdownText`) so it shows as text.
enum MarkdownExporter {
    /// The Markdown text of the datasets, with headings and provenance in the session's language.
    static func text(_ datasets: [Dataset], provenance: Provenance, formatter: CellFormatter,
                     checkpoint: () throws -> Void) rethrows -> String {
        let language = formatter.language
        var out = "# " + MarkdownText.escaped(datasets.map(\.name).joined(separator: ", ")) + "\n\n"
        let record = Words.exportProvenanceLine(version: provenance.version, workspace: provenance.workspace,
                                                time: provenance.time)
        out += "_" + MarkdownText.escaped(record.text(language)) + "_\n"
        for (dataset, origin) in zip(datasets, provenance.origins) {
            out += "\n## " + MarkdownText.escaped(dataset.name) + "\n\n"
            let rows = Words.exportRowCount(dataset.rowCount, source: origin?.command)
            out += MarkdownText.escaped(rows.text(language)) + "\n\n"
            out += "| " + dataset.columns.map { MarkdownText.escaped($0.name) }.joined(separator: " | ") + " |\n"
            out += "|" + dataset.columns.map { $0.type == .integer || $0.type == .decimal ? " ---: |" : " --- |" }
                .joined() + "\n"
            for row in 0..<dataset.rowCount {
                if row & 0x3FFF == 0 { try checkpoint() }
                out += "| " + dataset.columns.map { column in
                    MarkdownText.escaped(formatter.text(column.data[row], role: column.role))
                }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }
}
