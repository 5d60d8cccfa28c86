import RapportCore

/// A chart's data as a sheet holds it and the chart's formulas point at it: a header row, then the categories in the
/// first column and per series its values and, where it has an interval, the reach above and below.
struct ChartTable {
    /// Where one series' numbers are, by column counted from the table's first.
    struct SeriesColumns {
        /// The values.
        let value: Int
        /// The reach above the values, with an interval.
        let above: Int?
        /// The reach below the values, with an interval.
        let below: Int?
    }

    /// The chart.
    let spec: ChartSpec
    /// The sheet the table is on.
    let sheet: String
    /// The row of the header, counted from 0; the categories follow under it.
    let headerRow: Int
    /// The columns of each series.
    let columns: [SeriesColumns]

    /// The table of `spec` on `sheet` with its header in row `headerRow` (counted from 0), starting in column A.
    init(_ spec: ChartSpec, sheet: String, headerRow: Int = 0) {
        self.spec = spec
        self.sheet = sheet
        self.headerRow = headerRow
        var next = 1
        columns = spec.series.map { series in
            let value = next
            next += series.interval == nil ? 1 : 3
            return SeriesColumns(value: value, above: series.interval == nil ? nil : value + 1,
                                 below: series.interval == nil ? nil : value + 2)
        }
    }

    /// The table as a dataset: text categories, then decimal columns (rates when the chart shows percentages).
    var dataset: Dataset {
        let count = spec.categories.count
        let role = spec.format == .percent ? ColumnRole.rate : nil
        var table: [Column] = [.text(spec.categoryHeader, spec.categories)]
        for series in spec.series {
            table.append(.decimal(series.name, (0..<count).map(series.value), role: role))
            if series.interval != nil {
                table.append(.decimal(Words.chartIntervalAbove(series.name).text(spec.language),
                                      (0..<count).map(series.above), role: role))
                table.append(.decimal(Words.chartIntervalBelow(series.name).text(spec.language),
                                      (0..<count).map(series.below), role: role))
            }
        }
        return Dataset(name: sheet, columns: table)
    }

    /// The number format of each of the table's columns.
    var formats: [NumberFormat] {
        [.general] + Array(repeating: spec.format, count: dataset.columns.count - 1)
    }

    /// The header cell of a column.
    func header(_ column: Int) -> String {
        CellReference.cell(sheet, column: column, row: headerRow)
    }

    /// The cells of a column under the header, one per category.
    func values(_ column: Int) -> String {
        let first = headerRow + 1
        return CellReference.range(sheet, column: column, row: first, toColumn: column,
                                   row: first + max(spec.categories.count, 1) - 1)
    }
}
