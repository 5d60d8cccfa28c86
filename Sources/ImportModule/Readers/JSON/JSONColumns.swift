import RapportCore

/// Collects the cells of JSON rows by column name, keeping names in first-seen order; absent keys are missing.
final class JSONColumns {
    private var positions: [String: Int] = [:]
    private var names: [String] = []
    private var cells: [[Cell]] = []
    /// The number of rows finished so far.
    private(set) var rows = 0

    /// Sets the current row's value of a column, creating the column when the name is new.
    func set(_ name: String, _ cell: Cell) {
        let column: Int
        if let known = positions[name] {
            column = known
        } else {
            column = names.count
            positions[name] = column
            names.append(name)
            cells.append([])
        }
        let missingBefore = rows - cells[column].count
        if missingBefore < 0 {
            cells[column][rows] = cell
            return
        }
        if missingBefore > 0 { cells[column].append(contentsOf: repeatElement(.missing, count: missingBefore)) }
        cells[column].append(cell)
    }

    /// Ends the current row.
    func endRow() {
        rows += 1
    }

    /// The typed columns.
    func columns() -> [Column] {
        zip(names, cells).map { name, values in
            var padded = values
            padded.append(contentsOf: repeatElement(.missing, count: rows - values.count))
            return Column(name: name, data: CellColumn.data(padded))
        }
    }
}
