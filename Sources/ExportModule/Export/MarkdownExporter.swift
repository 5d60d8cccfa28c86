import RapportCore

/// Writes datasets as Markdown tables for people (`MarkdownTable`: values as the shell shows them, numbers
/// right-aligned, every text escaped), with the provenance in a line under the title.
enum MarkdownExporter {
    /// The Markdown text of the datasets, with headings and provenance in the session's language.
    static func text(_ datasets: [Dataset], provenance: Provenance, formatter: CellFormatter,
                     checkpoint: (_ rows: Int) throws -> Void) rethrows -> String {
        let language = formatter.language
        var out = "# " + MarkdownText.escaped(datasets.map(\.name).joined(separator: ", ")) + "\n\n"
        let record = Words.exportProvenanceLine(version: provenance.version, workspace: provenance.workspace,
                                                time: provenance.time)
        out += "_" + MarkdownText.escaped(record.text(language)) + "_\n"
        for (dataset, origin) in zip(datasets, provenance.origins) {
            out += "\n## " + MarkdownText.escaped(dataset.name) + "\n\n"
            let rows = Words.exportRowCount(dataset.rowCount, source: origin?.command)
            out += MarkdownText.escaped(rows.text(language)) + "\n\n"
            out += try MarkdownTable.text(dataset, formatter: formatter, checkpoint: checkpoint)
        }
        return out
    }
}
