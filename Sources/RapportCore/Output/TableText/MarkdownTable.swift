/// A dataset as a GitHub-flavoured Markdown table for people: values as the shell shows them (`CellFormatter`),
/// numeric columns right-aligned, every text escaped (`MarkdownText`) so that it shows as text.
public enum MarkdownTable {
    /// The table's lines, each ending in a line break; `checkpoint` runs every 16,384 rows with the rows since the
    /// last.
    public static func text(_ dataset: Dataset, formatter: CellFormatter,
                            checkpoint: (_ rows: Int) throws -> Void) rethrows -> String {
        var out = "| " + dataset.columns.map { MarkdownText.escaped($0.name) }.joined(separator: " | ") + " |\n"
        let alignment = dataset.columns.map { [.integer, .decimal].contains($0.type) ? " ---: |" : " --- |" }
        out += "|" + alignment.joined() + "\n"
        for row in 0..<dataset.rowCount {
            if row & 0x3FFF == 0, row > 0 { try checkpoint(0x4000) }
            out += "| " + dataset.columns.map { column in
                MarkdownText.escaped(formatter.text(column.data[row], role: column.role))
            }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
