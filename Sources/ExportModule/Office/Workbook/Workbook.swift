import RapportCore

/// A workbook to write: its sheets in order and what it says about itself.
struct Workbook {
    /// The sheets, in order.
    var sheets: [WorkbookSheet]
    /// Title, author, description and time of the file.
    var properties: DocumentProperties
    /// The language of the few words the writer adds itself (interval headers of chart data, a sheet's fallback name).
    var language: Language = .en
}

/// One sheet of a workbook: a table with a frozen, filtered header, small-print notes under it, and optionally a
/// native chart beside it (its data written under the notes, where the chart's formulas point).
struct WorkbookSheet {
    /// The name wished for; the writer makes it a valid, distinct sheet name (`SheetNames`).
    var name: String
    /// The table, from cell A1.
    var table: Dataset
    /// The number format of each column; nil takes each column's own (`NumberFormat.of`).
    var formats: [NumberFormat]?
    /// Lines under the table, such as definitions and the command that made it.
    var notes: [String] = []
    /// A chart drawn to the right of the table.
    var chart: ChartSpec?

    /// A sheet of a table, its formats, notes and chart.
    init(name: String, table: Dataset, formats: [NumberFormat]? = nil, notes: [String] = [], chart: ChartSpec? = nil) {
        self.name = name
        self.table = table
        self.formats = formats
        self.notes = notes
        self.chart = chart
    }
}
