import Foundation
import RapportCore

/// Reads one worksheet of an Excel workbook (`.xlsx`) into typed columns, its first row as the header (after a
/// lone description above it, which is skipped and reported).
///
/// The first sheet is read unless a sheet is named. Rows run from the header to the last row holding a value;
/// empty rows in between are rows of missing values, and cells left out of the sheet are missing; a column with
/// neither a header nor a value (a gap such as the columns between D and AA) is left out. Columns are
/// typed from their cells like JSON columns: numbers stay numbers (integers mixed with decimals become
/// decimals), cells styled as dates become times, and text columns are typed from their text like CSV columns.
public enum XLSXTableReader {
    /// The sheet `sheet` (or the first one) of the workbook at `path`, as a table; dates are wall-clock times in
    /// `timeZone`; `checkpoint` is called every thousand rows and throws to stop reading (Ctrl-C). Parts and a table
    /// too large for `memory` (by default what `RAPPORT_MEMORY_LIMIT` or the machine allows) are refused.
    public static func read(file path: String, sheet: String? = nil, timeZone: TimeZone = .gmt,
                            memory: MemoryBudget.Memory? = nil,
                            checkpoint: (() throws -> Void)? = nil) throws -> CSVTable {
        let archive = try XLSXArchive(path: path, memory: try memory ?? MemoryBudget.available())
        let root = try XLSXRelationships.read(of: "", in: archive)
        let workbookPath = root.target(ofType: "officeDocument") ?? "xl/workbook.xml"
        let workbook = try XLSXWorkbook.read(workbookPath, in: archive)
        let relationships = try XLSXRelationships.read(of: workbookPath, in: archive)
        guard let first = workbook.sheets.first else { throw RapportError(Words.xlsxNoSheets(path)) }
        let chosen: (name: String, relationship: String)
        if let sheet {
            guard let named = workbook.sheets.first(where: { $0.name == sheet }) else {
                throw RapportError(Words.xlsxUnknownSheet(sheet, sheets: workbook.sheets.map(\.name)))
            }
            chosen = named
        } else {
            chosen = first
        }
        guard let sheetPath = relationships.targets[chosen.relationship] else {
            throw RapportError(Words.xlsxMissingPart(path, part: chosen.relationship))
        }
        let entries = try XLSXSheetCells.read(
            sheetPath, sheetName: chosen.name, in: archive,
            sharedStrings: try XLSXSharedStrings.read(relationships.target(ofType: "sharedStrings"), in: archive),
            dateStyles: try XLSXStyles.dateStyles(relationships.target(ofType: "styles"), in: archive),
            uses1904: workbook.uses1904, timeZone: timeZone, checkpoint: checkpoint)
        return try table(entries, sheet: chosen.name, file: path, memory: archive.memory)
    }

    /// The table the cells make: the header row (see `headerRow`) names the columns, the rows below it are the data;
    /// one of more cells than `memory` has room for is refused before they are allocated.
    private static func table(_ entries: [XLSXSheetCells.Entry], sheet: String, file: String,
                              memory: MemoryBudget.Memory) throws -> CSVTable {
        guard let (headerRow, skippedDescription) = headerRow(entries) else {
            throw RapportError(Words.xlsxEmptySheet(file, sheet: sheet))
        }
        let kept = entries.filter { $0.row >= headerRow }
        let rowCount = (kept.map(\.row).max() ?? headerRow) - headerRow
        // Only columns holding a header or a value get storage, so a stray cell far to the right costs nothing.
        let used = Set(kept.map(\.column)).sorted()
        try MemoryBudget.checkTable(columns: used.count, rows: rowCount, file: file, memory: memory)
        let position = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        var header = [String](repeating: "", count: used.count)
        var cells = [[Cell]](repeating: [Cell](repeating: .missing, count: rowCount), count: used.count)
        for entry in kept {
            guard let column = position[entry.column] else { continue }
            if entry.row == headerRow {
                header[column] = headerText(entry.cell)
            } else {
                cells[column][entry.row - headerRow - 1] = entry.cell
            }
        }
        let names = HeaderNames.unique(header)
        var columns: [Column] = [], missingTexts: [(column: String, count: Int)] = []
        for (name, values) in zip(names.names, cells) {
            let typed = CellColumn.data(values)
            columns.append(Column(name: name, data: typed.data))
            if typed.missingTexts > 0 { missingTexts.append((name, typed.missingTexts)) }
        }
        var table = CSVTable(columns: columns, rowCount: rowCount, delimiter: UInt8(ascii: ","), numberFormat: .point,
                             renamedColumns: names.renamed)
        table.missingTexts = missingTexts
        table.descriptionRowSheet = skippedDescription ? sheet : nil
        return table
    }

    /// The row holding the header, nil for a sheet without values: the first row with a value, unless that row
    /// holds one text alone above a row with two or more values (the description LinkedIn puts above its
    /// per-post header), which is then skipped.
    private static func headerRow(_ entries: [XLSXSheetCells.Entry]) -> (row: Int, skippedDescription: Bool)? {
        guard let first = entries.map(\.row).min() else { return nil }
        let firstCells = entries.filter { $0.row == first }
        guard firstCells.count == 1, case .text = firstCells[0].cell,
              let next = entries.map(\.row).filter({ $0 > first }).min(),
              entries.filter({ $0.row == next }).count >= 2 else { return (first, false) }
        return (next, true)
    }

    /// A header cell as a column name.
    private static func headerText(_ cell: Cell) -> String {
        switch cell {
        case .missing: return ""
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .decimal(let value): return JSONWriter.numberText(value)
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .time(let seconds): return ISOTime.format(seconds)
        }
    }
}
