import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapportCore

/// Reads the cells of one worksheet part: the value of every cell that holds one, with its row and column.
///
/// Shared strings (`t="s"`), inline strings (`t="inlineStr"`, rich-text runs joined), formula strings (`t="str"`),
/// booleans (`t="b"`: 0 or 1, also false or true), ISO dates (`t="d"`) and numbers (no `t` or `t="n"`) are read;
/// numbers whose cell style shows a date become times (wall-clock times in the given zone); error values (`t="e"`)
/// and empty cells are missing. A boolean of another value and a number beyond a double are refused, naming the
/// cell. Cells without a reference follow the previous one in their row.
final class XLSXSheetCells: XLSXPartDelegate {
    /// One cell that holds a value.
    struct Entry {
        /// The row, counting from 1.
        let row: Int
        /// The column, counting from 0.
        let column: Int
        /// The value.
        let cell: Cell
    }

    /// The cells that hold a value, in sheet order.
    private(set) var entries: [Entry] = []
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let uses1904: Bool
    private let fileName: String
    private let sheetName: String
    private let checkpoint: (() throws -> Void)?
    private let localTime: LocalTime
    private var rowsRead = 0
    private var row = 0
    private var nextColumn = 0
    private var column = 0
    private var type: String?
    private var style = 0
    private var text = ""
    private var collecting = false
    private var inInlineString = false
    private var phoneticDepth = 0

    /// A reader of one sheet with the workbook's shared strings, date styles and date system; dates without an
    /// offset are wall-clock times in `timeZone`; `checkpoint` is called every thousand rows and throws to stop
    /// reading (Ctrl-C).
    private init(sharedStrings: [String], dateStyles: Set<Int>, uses1904: Bool, fileName: String, sheetName: String,
                 timeZone: TimeZone, checkpoint: (() throws -> Void)?) {
        self.checkpoint = checkpoint
        self.localTime = LocalTime(timeZone: timeZone)
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.uses1904 = uses1904
        self.fileName = fileName
        self.sheetName = sheetName
    }

    /// The cells of the sheet part at `path`.
    static func read(_ path: String, sheetName: String, in archive: XLSXArchive, sharedStrings: [String],
                     dateStyles: Set<Int>, uses1904: Bool, timeZone: TimeZone,
                     checkpoint: (() throws -> Void)?) throws -> [Entry] {
        let reader = XLSXSheetCells(sharedStrings: sharedStrings, dateStyles: dateStyles, uses1904: uses1904,
                                    fileName: archive.fileName, sheetName: sheetName, timeZone: timeZone,
                                    checkpoint: checkpoint)
        try XLSXXML.parse(try archive.part(path), with: reader, part: path, file: archive.fileName)
        return reader.entries
    }

    /// Opens a row, a cell, a value or an inline string's text.
    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "row":
            if let number = attributeDict["r"] {
                guard let parsed = Int(number), XLSXCellReference.rows.contains(parsed) else {
                    return fail(RapportError(Words.xlsxBadCellReference(fileName, sheet: sheetName, reference: number)), parser)
                }
                row = parsed
            } else {
                row += 1
            }
            nextColumn = 0
            rowsRead += 1
            if rowsRead % 1000 == 0, let checkpoint {
                do { try checkpoint() } catch { fail(error as? RapportError ?? RapportError.interrupted, parser) }
            }
        case "c":
            column = nextColumn
            if let reference = attributeDict["r"] {
                guard let parsed = XLSXCellReference(reference) else {
                    return fail(RapportError(Words.xlsxBadCellReference(fileName, sheet: sheetName, reference: reference)), parser)
                }
                column = parsed.column
                if let cellRow = parsed.row { row = cellRow }
            }
            type = attributeDict["t"]
            style = attributeDict["s"].flatMap { Int($0) } ?? 0
            text = ""
            inInlineString = false
        case "v":
            collecting = true
        case "is":
            inInlineString = true
        case "rPh":
            phoneticDepth += 1
        case "t":
            collecting = inInlineString && phoneticDepth == 0
        default:
            break
        }
    }

    /// Collects the text of a value or inline string.
    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    /// Closes a value or text, or ends a cell by storing its value.
    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?) {
        switch elementName {
        case "v", "t":
            collecting = false
        case "rPh":
            phoneticDepth -= 1
        case "c":
            nextColumn = column + 1
            guard !text.isEmpty || inInlineString else { return }
            do {
                let cell = try value()
                if !cell.isMissing { entries.append(Entry(row: row, column: column, cell: cell)) }
            } catch {
                fail(error, parser)
            }
        default:
            break
        }
    }

    /// The value of the cell just read, from its type, style and text.
    private func value() throws(RapportError) -> Cell {
        switch type {
        case "s":
            guard let index = Int(text.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw RapportError(Words.xlsxBadSharedString(fileName, sheet: sheetName, cell: cellName, index: text))
            }
            return sharedStrings[index].isEmpty ? .missing : .text(sharedStrings[index])
        case "inlineStr", "str":
            return text.isEmpty ? .missing : .text(text)
        case "b":
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw RapportError(Words.xlsxBadBoolean(fileName, sheet: sheetName, cell: cellName, value: text))
            }
        case "e":
            return .missing
        case "d":
            guard let parsed = ISOTime.parse(Substring(text)) else { return .text(text) }
            return .time(parsed.hasOffset ? parsed.seconds : localTime.moment(ofLocal: parsed.seconds))
        default:
            return try number()
        }
    }

    /// The reference of the cell just read, such as `B7`.
    private var cellName: String {
        XLSXCellReference(column: column, row: row).name
    }

    /// A number cell: a time when its style shows a date, an integer when written without point or exponent.
    private func number() throws(RapportError) -> Cell {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) else { return .text(text) }
        // 1e999 reads as infinity (and "nan" as not a number): no value a cell can hold.
        guard value.isFinite else {
            throw RapportError(Words.xlsxBadNumber(fileName, sheet: sheetName, cell: cellName, value: text))
        }
        if dateStyles.contains(style) {
            guard let wallClock = XLSXSerialDate.seconds(serial: value, uses1904: uses1904) else { return .decimal(value) }
            return .time(localTime.moment(ofLocal: wallClock))
        }
        if let integer = Int64(trimmed) { return .integer(integer) }
        return .decimal(value)
    }
}
