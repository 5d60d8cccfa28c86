import Foundation
import RapportCore

/// Writes a SpreadsheetML worksheet: a bold header row that stays in view and carries a filter, numbers as numbers
/// in their formats (rates as percentages, counts with thousands separators), times as date cells (wall-clock time in
/// the workspace's zone, as XLSX has no zones), booleans as booleans, texts inline; widths that fit; printed
/// landscape, fitted to the page width, with the sheet's name and page numbers in the footer.
enum WorksheetWriter {
    /// The most rows a worksheet holds, the header included.
    static let maximumRows = 1_048_576
    /// The most characters (UTF-16 units) a cell holds.
    static let maximumCellLength = 32_767
    /// Days from Excel's epoch, 1899-12-30, to 1970-01-01.
    static let epochOffsetDays = 25_569.0

    /// The Excel serial date (1900 system) of a wall-clock time given as local seconds since 1970. Serials from 61
    /// (1900-03-01) on count from 1899-12-30; earlier ones from 1899-12-31, because Excel keeps Lotus's
    /// 29 February 1900.
    static func serial(ofLocalSeconds seconds: Int64) -> Double {
        let serial = Double(seconds) / 86_400 + epochOffsetDays
        return serial < 61 ? serial - 1 : serial
    }

    /// The worksheet XML of `content`; throws when it does not fit a worksheet (naming the table's dataset).
    static func bytes(_ content: WorksheetContent, timeZone: TimeZone,
                      checkpoint: () throws -> Void) throws -> [UInt8] {
        let table = content.table
        let sheet = table.name
        guard content.lastRow + 1 <= maximumRows else {
            throw RapportError(Words.exportTooManyRowsForXLSX(sheet, rows: table.rowCount, limit: maximumRows - 1))
        }
        var out: [UInt8] = []
        out.reserveCapacity(1024 + table.rowCount * table.columns.count * 24)
        out.append(ascii: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append(ascii: "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        out.append(ascii: " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        out.append(ascii: "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        out.append(ascii: "<sheetViews><sheetView workbookViewId=\"0\">")
        out.append(ascii: "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        out.append(ascii: "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
        appendColumns(content, into: &out)
        out.append(ascii: "<sheetData>")
        let localTime = LocalTime(timeZone: timeZone)
        try appendTable(table, formats: content.formats, firstRow: 0, sheet: sheet, localTime: localTime, into: &out,
                        checkpoint: checkpoint)
        for (index, note) in content.notes.enumerated() {
            let row = Int64(content.notesRow + index + 1)
            out.append(ascii: "<row r=\"")
            out.append(integer: row)
            out.append(ascii: "\">")
            try appendTextCell(note, letters: [UInt8(ascii: "A")], row: row,
                               style: Array("\(WorkbookStyles.note)".utf8), sheet: sheet, into: &out)
            out.append(ascii: "</row>")
        }
        if let chartData = content.chartData {
            try appendTable(chartData.table, formats: chartData.formats, firstRow: content.chartDataRow, sheet: sheet,
                            localTime: localTime, into: &out, checkpoint: checkpoint)
        }
        out.append(ascii: "</sheetData>")
        if !table.columns.isEmpty {
            out.append(ascii: "<autoFilter ref=\"")
            out.append(utf8: filterRange(table))
            out.append(ascii: "\"/>")
        }
        out.append(ascii: "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\"")
        out.append(ascii: " header=\"0.3\" footer=\"0.3\"/>")
        out.append(ascii: "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        out.append(ascii: "<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>")
        if let drawing = content.drawing {
            out.append(ascii: "<drawing r:id=\"")
            out.append(utf8: drawing)
            out.append(ascii: "\"/>")
        }
        out.append(ascii: "</worksheet>")
        return out
    }

    /// The cells the table's filter covers: its header and rows, `A1:F10`.
    static func filterRange(_ table: Dataset) -> String {
        "A1:" + CellReference.relative(column: max(table.columns.count - 1, 0), row: table.rowCount)
    }

    /// `<cols>` with the widths that fit the table and the chart data.
    private static func appendColumns(_ content: WorksheetContent, into out: inout [UInt8]) {
        var widths = ColumnWidths.of(content.table, formats: content.formats)
        if let chartData = content.chartData {
            for (index, width) in ColumnWidths.of(chartData.table, formats: chartData.formats).enumerated() {
                if index < widths.count { widths[index] = max(widths[index], width) } else { widths.append(width) }
            }
        }
        guard !widths.isEmpty else { return }
        out.append(ascii: "<cols>")
        for (index, width) in widths.enumerated() {
            out.append(ascii: "<col min=\"")
            out.append(integer: Int64(index + 1))
            out.append(ascii: "\" max=\"")
            out.append(integer: Int64(index + 1))
            out.append(ascii: "\" width=\"")
            out.append(integer: Int64(width))
            out.append(ascii: "\" customWidth=\"1\"/>")
        }
        out.append(ascii: "</cols>")
    }

    /// A table's header row (at `firstRow`, counted from 0) and its rows under it.
    private static func appendTable(_ table: Dataset, formats: [NumberFormat], firstRow: Int, sheet: String,
                                    localTime: LocalTime, into out: inout [UInt8],
                                    checkpoint: () throws -> Void) throws {
        let letters = table.columns.indices.map { Array(ColumnLetters.of($0).utf8) }
        let styles = table.columns.indices.map { index in
            Array(String(WorkbookStyles.index(of: formats.indices.contains(index) ? formats[index] : .general)).utf8)
        }
        out.append(ascii: "<row r=\"")
        out.append(integer: Int64(firstRow + 1))
        out.append(ascii: "\">")
        let header = Array("\(WorkbookStyles.header)".utf8)
        for (index, column) in table.columns.enumerated() {
            try appendTextCell(column.name, letters: letters[index], row: Int64(firstRow + 1), style: header,
                               sheet: sheet, into: &out)
        }
        out.append(ascii: "</row>")
        for row in 0..<table.rowCount {
            if row & 0x3FFF == 0 { try checkpoint() }
            let number = Int64(firstRow + row + 2)
            out.append(ascii: "<row r=\"")
            out.append(integer: number)
            out.append(ascii: "\">")
            for (index, column) in table.columns.enumerated() {
                let data = column.data
                if data.missing.isMissing(row) { continue }
                switch data {
                case .integer(let values, _):
                    appendOpening(letters[index], row: number, style: styles[index], into: &out)
                    out.append(ascii: "><v>")
                    out.append(integer: values[row])
                    out.append(ascii: "</v></c>")
                case .decimal(let values, _):
                    guard values[row].isFinite else { continue }
                    appendOpening(letters[index], row: number, style: styles[index], into: &out)
                    out.append(ascii: "><v>")
                    out.append(decimal: values[row])
                    out.append(ascii: "</v></c>")
                case .boolean(let values, _):
                    appendOpening(letters[index], row: number, style: nil, into: &out)
                    out.append(ascii: " t=\"b\"><v>")
                    out.append(UInt8(ascii: values[row] ? "1" : "0"))
                    out.append(ascii: "</v></c>")
                case .time(let values, _):
                    appendOpening(letters[index], row: number, style: styles[index], into: &out)
                    out.append(ascii: "><v>")
                    out.append(decimal: serial(ofLocalSeconds: localTime.local(values[row])))
                    out.append(ascii: "</v></c>")
                case .text(let values, _):
                    try appendTextCell(values[row], letters: letters[index], row: number, style: nil, sheet: sheet,
                                       into: &out)
                }
            }
            out.append(ascii: "</row>")
        }
    }

    /// `<c r="B7" s="5"` without the closing bracket; no style attribute for the default style.
    private static func appendOpening(_ letters: [UInt8], row: Int64, style: [UInt8]?, into out: inout [UInt8]) {
        out.append(ascii: "<c r=\"")
        out.append(contentsOf: letters)
        out.append(integer: row)
        out.append(UInt8(ascii: "\""))
        if let style, style != [UInt8(ascii: "0")] {
            out.append(ascii: " s=\"")
            out.append(contentsOf: style)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// An inline-string cell; inline strings are never read as formulas, so the text is kept as it is.
    private static func appendTextCell(_ text: String, letters: [UInt8], row: Int64, style: [UInt8]?, sheet: String,
                                       into out: inout [UInt8]) throws {
        if text.utf8.count > maximumCellLength, text.utf16.count > maximumCellLength {
            throw RapportError(Words.exportCellTooLongForXLSX(sheet, cell: String(decoding: letters, as: UTF8.self)
                + String(row), limit: maximumCellLength))
        }
        appendOpening(letters, row: row, style: style, into: &out)
        out.append(ascii: " t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        XMLText.append(text, into: &out)
        out.append(ascii: "</t></is></c>")
    }
}
