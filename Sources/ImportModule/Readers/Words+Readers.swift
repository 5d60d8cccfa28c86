import RapportCore

/// Messages of the JSON, NDJSON and XLSX readers.
extension Words {
    /// JSON that holds no array of row objects.
    public static let jsonNoRows = Message(en: "expected an array of objects, or an object holding one array of objects",
                                           de: "erwartet wird ein Array von Objekten oder ein Objekt, das ein solches Array enthält")
    /// A JSON object with more than one array that could hold the rows.
    public static func jsonSeveralArrays(_ keys: [String]) -> Message {
        let list = keys.map { "'\($0)'" }.joined(separator: ", ")
        return Message(en: "the object holds several arrays (\(list)); cannot tell which one holds the rows",
                       de: "das Objekt enthält mehrere Arrays (\(list)); unklar, welches die Zeilen enthält")
    }
    /// A JSON row that is not an object.
    public static func jsonRowNotObject(_ row: Int) -> Message {
        Message(en: "row \(row) is not a JSON object", de: "Zeile \(row) ist kein JSON-Objekt")
    }
    /// A `.xlsx` file that is not a zip archive.
    public static func xlsxNotWorkbook(_ path: String) -> Message {
        Message(en: "\(path) is not an Excel workbook (.xlsx): it is not a zip archive of spreadsheet parts",
                de: "\(path) ist keine Excel-Arbeitsmappe (.xlsx): es ist kein ZIP-Archiv mit Tabellenteilen")
    }
    /// A workbook without a part it needs.
    public static func xlsxMissingPart(_ path: String, part: String) -> Message {
        Message(en: "\(path) is not a readable workbook: the part \(part) is missing",
                de: "\(path) ist keine lesbare Arbeitsmappe: der Teil \(part) fehlt")
    }
    /// A workbook part that is not well-formed XML.
    public static func xlsxBadXML(_ path: String, part: String, line: Int) -> Message {
        Message(en: "\(path) is damaged: \(part) is not well-formed XML (line \(line))",
                de: "\(path) ist beschädigt: \(part) ist kein wohlgeformtes XML (Zeile \(line))")
    }
    /// A workbook part whose bytes are not UTF-8 text.
    public static func xlsxNotUTF8(_ path: String, part: String, line: Int) -> Message {
        Message(en: "\(path) is damaged: \(part) is not UTF-8 text (line \(line))",
                de: "\(path) ist beschädigt: \(part) ist kein UTF-8-Text (Zeile \(line))")
    }
    /// A workbook without worksheets.
    public static func xlsxNoSheets(_ path: String) -> Message {
        Message(en: "\(path) holds no worksheets", de: "\(path) enthält keine Arbeitsblätter")
    }
    /// A `--sheet` the workbook does not have, with the ones it has.
    public static func xlsxUnknownSheet(_ name: String, sheets: [String]) -> Message {
        let list = sheets.map { "'\($0)'" }.joined(separator: ", ")
        return Message(en: "the workbook has no sheet '\(name)'; its sheets are \(list)",
                       de: "die Arbeitsmappe hat kein Blatt '\(name)'; ihre Blätter sind \(list)")
    }
    /// The note on a description line skipped above a sheet's header.
    public static func xlsxSkippedDescriptionRow(_ sheet: String) -> Message {
        Message(en: "sheet '\(sheet)': skipped a description line above the header",
                de: "Blatt '\(sheet)': eine Beschreibungszeile über der Kopfzeile übersprungen")
    }
}

/// Messages of the XLSX reader about single cells and sheets.
extension Words {
    /// A cell reference that is not letters followed by a row number.
    public static func xlsxBadCellReference(_ path: String, sheet: String, reference: String) -> Message {
        Message(en: "\(path) is damaged: sheet '\(sheet)' has a cell with the reference '\(reference)', which is not a column and row such as B7",
                de: "\(path) ist beschädigt: Blatt '\(sheet)' hat eine Zelle mit dem Bezug '\(reference)', der keine Spalte und Zeile wie B7 ist")
    }
    /// A shared-string cell pointing past the shared strings.
    public static func xlsxBadSharedString(_ path: String, sheet: String, cell: String, index: String) -> Message {
        Message(en: "\(path) is damaged: sheet '\(sheet)' cell \(cell) refers to shared string '\(index)', which does not exist",
                de: "\(path) ist beschädigt: Blatt '\(sheet)', Zelle \(cell) verweist auf den gemeinsamen Text '\(index)', den es nicht gibt")
    }
    /// A sheet without any value, so without a header.
    public static func xlsxEmptySheet(_ path: String, sheet: String) -> Message {
        Message(en: "sheet '\(sheet)' of \(path) is empty: there is no header row to read",
                de: "Blatt '\(sheet)' von \(path) ist leer: es gibt keine Kopfzeile")
    }
}
