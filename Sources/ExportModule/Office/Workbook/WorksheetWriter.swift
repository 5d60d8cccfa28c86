import Foundation
import RapportCore

/// Writes one dataset as a SpreadsheetML worksheet: a bold, frozen header row, numbers as numbers, times as
/// date cells (wall-clock time in the workspace's zone, as XLSX has no zones), booleans as booleans, texts inline.
enum XLSXSheetWriter {
    /// The most rows a worksheet holds, the header included.
    static let maximumRows = 1_048_576
    /// The most characters (UTF-16 units) a cell holds.
    static let maximumCellLength = 32_767
    /// Style index of the bold header cells (see `XLSXPackage.styles`).
    static let headerStyle: StaticString = "1"
    /// Style index of date-time cells.
    static let dateStyle: StaticString = "2"
    /// Days from Excel's epoch, 1899-12-30, to 1970-01-01.
    static let epochOffsetDays = 25_569.0

    /// The Excel serial date (1900 system) of a wall-clock time given as local seconds since 1970. Serials from 61
    /// (1900-03-01) on count from 1899-12-30; earlier ones from 1899-12-31, because Excel keeps Lotus's 29 February 1900.
    static func serial(ofLocalSeconds seconds: Int64) -> Double {
        let serial = Double(seconds) / 86_400 + epochOffsetDays
        return serial < 61 ? serial - 1 : serial
    }

    /// The worksheet XML; throws when the dataset does not fit a worksheet.
    static func bytes(of dataset: Dataset, timeZone: TimeZone, checkpoint: () throws -> Void) throws -> [UInt8] {
        guard dataset.rowCount + 1 <= maximumRows else {
            throw RapportError(Words.exportTooManyRowsForXLSX(dataset.name, rows: dataset.rowCount, limit: maximumRows - 1))
        }
        let letters = dataset.columns.indices.map(columnLetters)
        var out: [UInt8] = []
        out.reserveCapacity(512 + dataset.rowCount * dataset.columns.count * 24)
        out.append(ascii: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append(ascii: "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        out.append(ascii: "<sheetViews><sheetView workbookViewId=\"0\">")
        out.append(ascii: "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        out.append(ascii: "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
        if !dataset.columns.isEmpty {
            out.append(ascii: "<cols>")
            for (index, width) in columnWidths(dataset).enumerated() {
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
        out.append(ascii: "<sheetData><row r=\"1\">")
        for (index, column) in dataset.columns.enumerated() {
            try appendTextCell(column.name, reference: letters[index], row: 1, style: headerStyle, into: &out,
                               dataset: dataset.name)
        }
        out.append(ascii: "</row>")
        let localTime = LocalTime(timeZone: timeZone)
        for row in 0..<dataset.rowCount {
            if row & 0x3FFF == 0 { try checkpoint() }
            let number = Int64(row + 2)
            out.append(ascii: "<row r=\"")
            out.append(integer: number)
            out.append(ascii: "\">")
            for (index, column) in dataset.columns.enumerated() {
                let data = column.data
                if data.missing.isMissing(row) { continue }
                switch data {
                case .integer(let values, _):
                    appendOpening(letters[index], row: number, into: &out)
                    out.append(ascii: "><v>")
                    out.append(integer: values[row])
                    out.append(ascii: "</v></c>")
                case .decimal(let values, _):
                    guard values[row].isFinite else { continue }
                    appendOpening(letters[index], row: number, into: &out)
                    out.append(ascii: "><v>")
                    out.append(decimal: values[row])
                    out.append(ascii: "</v></c>")
                case .boolean(let values, _):
                    appendOpening(letters[index], row: number, into: &out)
                    out.append(ascii: " t=\"b\"><v>")
                    out.append(UInt8(ascii: values[row] ? "1" : "0"))
                    out.append(ascii: "</v></c>")
                case .time(let values, _):
                    appendOpening(letters[index], row: number, into: &out)
                    out.append(ascii: " s=\"")
                    out.append(ascii: dateStyle)
                    out.append(ascii: "\"><v>")
                    out.append(decimal: serial(ofLocalSeconds: localTime.local(values[row])))
                    out.append(ascii: "</v></c>")
                case .text(let values, _):
                    try appendTextCell(values[row], reference: letters[index], row: number, style: nil, into: &out,
                                       dataset: dataset.name)
                }
            }
            out.append(ascii: "</row>")
        }
        out.append(ascii: "</sheetData></worksheet>")
        return out
    }

    /// `<c r="B7"` without the closing bracket.
    private static func appendOpening(_ letters: [UInt8], row: Int64, into out: inout [UInt8]) {
        out.append(ascii: "<c r=\"")
        out.append(contentsOf: letters)
        out.append(integer: row)
        out.append(UInt8(ascii: "\""))
    }

    /// An inline-string cell; inline strings are never read as formulas, so the text is kept as it is.
    private static func appendTextCell(_ text: String, reference: [UInt8], row: Int64, style: StaticString?,
                                       into out: inout [UInt8], dataset: String) throws {
        if text.utf8.count > maximumCellLength, text.utf16.count > maximumCellLength {
            throw RapportError(Words.exportCellTooLongForXLSX(dataset, cell: String(decoding: reference, as: UTF8.self)
                + String(row), limit: maximumCellLength))
        }
        appendOpening(reference, row: row, into: &out)
        if let style {
            out.append(ascii: " s=\"")
            out.append(ascii: style)
            out.append(UInt8(ascii: "\""))
        }
        out.append(ascii: " t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        XMLText.append(text, into: &out)
        out.append(ascii: "</t></is></c>")
    }

    /// The column letters of a 0-based column index: A … Z, AA … ZZ, AAA ….
    static func columnLetters(_ index: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters.insert(UInt8(ascii: "A") + UInt8(remainder), at: 0)
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// Widths in characters from the header and the first thousand rows, between 8 and 60.
    static func columnWidths(_ dataset: Dataset) -> [Int] {
        let sampled = min(dataset.rowCount, 1000)
        return dataset.columns.map { column in
            var widest = column.name.count
            for row in 0..<sampled {
                switch column.data[row] {
                case .missing: continue
                case .integer(let value): widest = max(widest, String(value).count)
                case .decimal(let value): widest = max(widest, min(String(value).count, 12))
                case .boolean: widest = max(widest, 5)
                case .time: widest = max(widest, 19)
                case .text(let value): widest = max(widest, value.count)
                }
            }
            return min(max(widest + 2, 8), 60)
        }
    }
}
