import RapportCore

/// Writes datasets as Markdown tables for people: values formatted as the shell shows them, numbers right-aligned,
/// the provenance in a line under the title, and every text from data escaped so it shows as text.
enum MarkdownExporter {
    /// The Markdown text of the datasets, with headings and provenance in the session's language.
    static func text(_ datasets: [Dataset], provenance: ExportProvenance, formatter: CellFormatter,
                     checkpoint: () throws -> Void) rethrows -> String {
        let language = formatter.language
        var out = "# " + escape(datasets.map(\.name).joined(separator: ", ")) + "\n\n"
        out += "_" + escape(Words.exportProvenanceLine(version: provenance.version, workspace: provenance.workspace,
                                                       time: provenance.time).text(language)) + "_\n"
        for dataset in datasets {
            out += "\n## " + escape(dataset.name) + "\n\n"
            out += escape(Words.exportRowCount(dataset.rowCount, source: dataset.source).text(language)) + "\n\n"
            out += "| " + dataset.columns.map { escape($0.name) }.joined(separator: " | ") + " |\n"
            out += "|" + dataset.columns.map { $0.type == .integer || $0.type == .decimal ? " ---: |" : " --- |" }
                .joined() + "\n"
            for row in 0..<dataset.rowCount {
                if row & 0x3FFF == 0 { try checkpoint() }
                out += "| " + dataset.columns.map { column in
                    escape(formatter.text(column.data[row], role: column.role))
                }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// Text made safe inside a table cell: Markdown punctuation backslash-escaped, `<`, `>` and `&` as entities,
    /// line breaks as `<br>`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}
