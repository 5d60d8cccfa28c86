import RapportCore

/// Messages of the JSON, NDJSON and XLSX readers.
extension Words {
    public static let jsonNoRows = Message(en: "expected an array of objects, or an object holding one array of objects",
                                           de: "erwartet wird ein Array von Objekten oder ein Objekt, das ein solches Array enthält")
    public static func jsonSeveralArrays(_ keys: [String]) -> Message {
        let list = keys.map { "'\($0)'" }.joined(separator: ", ")
        return Message(en: "the object holds several arrays (\(list)); cannot tell which one holds the rows",
                       de: "das Objekt enthält mehrere Arrays (\(list)); unklar, welches die Zeilen enthält")
    }
    public static func jsonRowNotObject(_ row: Int) -> Message {
        Message(en: "row \(row) is not a JSON object", de: "Zeile \(row) ist kein JSON-Objekt")
    }
    public static func jsonRowsFromKey(_ key: String) -> Message {
        Message(en: "rows read from the array under '\(key)'", de: "Zeilen aus dem Array unter '\(key)' gelesen")
    }
    public static func xlsxNotWorkbook(_ path: String) -> Message {
        Message(en: "\(path) is not an Excel workbook (.xlsx): it is not a zip archive of spreadsheet parts",
                de: "\(path) ist keine Excel-Arbeitsmappe (.xlsx): es ist kein ZIP-Archiv mit Tabellenteilen")
    }
    public static func xlsxMissingPart(_ path: String, part: String) -> Message {
        Message(en: "\(path) is not a readable workbook: the part \(part) is missing",
                de: "\(path) ist keine lesbare Arbeitsmappe: der Teil \(part) fehlt")
    }
    public static func xlsxBadXML(_ path: String, part: String, line: Int) -> Message {
        Message(en: "\(path) is damaged: \(part) is not well-formed XML (line \(line))",
                de: "\(path) ist beschädigt: \(part) ist kein wohlgeformtes XML (Zeile \(line))")
    }
    public static func xlsxNoSheets(_ path: String) -> Message {
        Message(en: "\(path) holds no worksheets", de: "\(path) enthält keine Arbeitsblätter")
    }
    public static func xlsxUnknownSheet(_ name: String, sheets: [String]) -> Message {
        let list = sheets.map { "'\($0)'" }.joined(separator: ", ")
        return Message(en: "the workbook has no sheet '\(name)'; its sheets are \(list)",
                       de: "die Arbeitsmappe hat kein Blatt '\(name)'; ihre Blätter sind \(list)")
    }
    public static func xlsxSkippedDescriptionRow(_ sheet: String) -> Message {
        Message(en: "sheet '\(sheet)': skipped a description line above the header",
                de: "Blatt '\(sheet)': eine Beschreibungszeile über der Kopfzeile übersprungen")
    }
}
