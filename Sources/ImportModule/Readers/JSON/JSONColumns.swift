import RapportCore

/// Collects the cells of JSON rows by column name, keeping names in first-seen order; absent keys are missing.
///
/// The cells held are counted against the memory an import may use: once they would exceed it (each row bringing a
/// new key makes columns × rows grow as the square), they are dropped and only names and rows are counted on, so the
/// refusal can say how large the table would have been.
final class JSONColumns {
    private var positions: [String: Int] = [:]
    private var names: [String] = []
    private var cells: [[Cell]] = []
    /// The number of rows finished so far.
    private(set) var rows = 0
    private let memory: MemoryBudget.Memory
    private let cellLimit: Int
    private var heldCells = 0
    private var overLimit = false

    /// Columns that may hold as many cells as `memory` has room for.
    init(memory: MemoryBudget.Memory) {
        self.memory = memory
        cellLimit = MemoryBudget.cellLimit(memory)
    }

    /// Sets the current row's value of a column, creating the column when the name is new.
    func set(_ name: String, _ cell: Cell) {
        let column: Int
        if let known = positions[name] {
            column = known
        } else {
            column = names.count
            positions[name] = column
            names.append(name)
            if !overLimit { cells.append([]) }
        }
        guard !overLimit else { return }
        let missingBefore = rows - cells[column].count
        if missingBefore < 0 {
            cells[column][rows] = cell
            return
        }
        heldCells += missingBefore + 1
        if heldCells > cellLimit {
            overLimit = true
            cells = []
            return
        }
        if missingBefore > 0 { cells[column].append(contentsOf: repeatElement(.missing, count: missingBefore)) }
        cells[column].append(cell)
    }

    /// Ends the current row.
    func endRow() {
        rows += 1
    }

    /// The typed columns and, per column with any, how many texts were read as missing; a table of more cells than
    /// the memory has room for is refused, naming `file` and its size.
    func columns(file: String) throws -> (columns: [Column], missingTexts: [(column: String, count: Int)]) {
        let (count, overflow) = names.count.multipliedReportingOverflow(by: rows)
        guard !overLimit, !overflow, count <= cellLimit else {
            throw MemoryBudget.tableTooLarge(columns: names.count, rows: rows, file: file, memory: memory)
        }
        var columns: [Column] = [], missingTexts: [(column: String, count: Int)] = []
        for (name, values) in zip(names, cells) {
            var padded = values
            padded.append(contentsOf: repeatElement(.missing, count: rows - values.count))
            let typed = CellColumn.data(padded)
            columns.append(Column(name: name, data: typed.data))
            if typed.missingTexts > 0 { missingTexts.append((name, typed.missingTexts)) }
        }
        return (columns, missingTexts)
    }
}
