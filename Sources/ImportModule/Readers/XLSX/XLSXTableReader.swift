import Foundation
import RapportCore

/// Reads one worksheet of an Excel workbook (`.xlsx`) into typed columns, its first row as the header.
///
/// The first sheet is read unless a sheet is named. Rows run from the header to the last row holding a value;
/// empty rows in between are rows of missing values, and cells left out of the sheet are missing; a column with
/// neither a header nor a value (a gap such as the columns between D and AA) is left out. Columns are
/// typed from their cells like JSON columns: numbers stay numbers (integers mixed with decimals become
/// decimals), cells styled as dates become times, and text columns are typed from their text like CSV columns.
public enum XLSXTableReader {
    /// The sheet `sheet` (or the first one) of the workbook at `path`, as a table; `checkpoint` is called every
    /// thousand rows and throws to stop reading (Ctrl-C).
    public static func read(file path: String, sheet: String? = nil, checkpoint: (() throws -> Void)? = nil) throws -> CSVTable {
        let archive = try XLSXArchive(path: path)
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
            uses1904: workbook.uses1904, checkpoint: checkpoint)
        return try table(entries, sheet: chosen.name, file: path)
    }

    /// The table the cells make: the first row holding a value is the header, the rows below it the data.
    private static func table(_ entries: [XLSXSheetCells.Entry], sheet: String, file: String) throws -> CSVTable {
        guard let headerRow = entries.map(\.row).min(), let lastRow = entries.map(\.row).max(),
              let lastColumn = entries.map(\.column).max() else {
            throw RapportError(Words.xlsxEmptySheet(file, sheet: sheet))
        }
        let rowCount = lastRow - headerRow
        var header = [String](repeating: "", count: lastColumn + 1)
        var cells = [[Cell]](repeating: [Cell](repeating: .missing, count: rowCount), count: lastColumn + 1)
        for entry in entries {
            if entry.row == headerRow {
                header[entry.column] = headerText(entry.cell)
            } else {
                cells[entry.column][entry.row - headerRow - 1] = entry.cell
            }
        }
        let used = header.indices.filter { !header[$0].isEmpty || cells[$0].contains { !$0.isMissing } }
        let names = HeaderNames.unique(used.map { header[$0] })
        let columns = zip(names.names, used).map { Column(name: $0, data: CellColumn.data(cells[$1])) }
        return CSVTable(columns: columns, rowCount: rowCount, delimiter: UInt8(ascii: ","), numberFormat: .point,
                        renamedColumns: names.renamed)
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
