import RapportCore

/// A table as a report shows it: a header and rows of formatted texts, numeric columns marked for right alignment.
struct ReportTable {
    /// The column names.
    let header: [String]
    /// Whether each column holds numbers.
    let numeric: [Bool]
    /// The cells' texts, row by row (not yet escaped).
    let rows: [[String]]

    /// A dataset's cells as the formatter writes them; rate columns as percentages.
    init(_ dataset: Dataset, formatter: CellFormatter) {
        header = dataset.columnNames
        numeric = dataset.columns.map(\.type.isNumeric)
        rows = (0..<dataset.rowCount).map { row in
            dataset.columns.map { formatter.text($0.data[row], role: $0.role) }
        }
    }
}
