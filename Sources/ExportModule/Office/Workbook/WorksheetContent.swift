import RapportCore

/// What one worksheet holds, top to bottom: a table (header in row 1, frozen and filtered), notes under it after a
/// blank row, and the data of a chart after another, with the drawing that shows the chart.
struct WorksheetContent {
    /// The table and the number format of each of its columns.
    var table: Dataset
    var formats: [NumberFormat]
    /// Lines of small print under the table.
    var notes: [String] = []
    /// The chart's data table and its formats, placed at `chartDataRow`.
    var chartData: (table: Dataset, formats: [NumberFormat])?
    /// The relationship id of the drawing that holds the sheet's chart.
    var drawing: String?

    /// The row (counted from 0) of the first note: after the table's rows and one blank row.
    var notesRow: Int { table.rowCount + 2 }

    /// The row (counted from 0) of the chart data's header: after the notes and one blank row.
    var chartDataRow: Int { notes.isEmpty ? notesRow : notesRow + notes.count + 1 }

    /// The last row used (counted from 0).
    var lastRow: Int {
        if let chartData { return chartDataRow + chartData.table.rowCount }
        return notes.isEmpty ? table.rowCount : notesRow + notes.count - 1
    }
}
