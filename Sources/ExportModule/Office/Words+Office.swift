import RapportCore

/// Messages of the Office writers (workbooks, charts, decks).
extension Words {
    /// The zip archive of a workbook or deck could not be assembled.
    static let officeZipFailed = Message(en: "the Office package (XLSX or PPTX) could not be put together",
                                         de: "das Office-Paket (XLSX oder PPTX) ließ sich nicht zusammenstellen")
    /// A logo given to a deck or workbook is not a PNG image.
    static let officeLogoNotPNG = Message(en: "the logo is not a PNG image (decks and workbooks take PNG)",
                                          de: "das Logo ist kein PNG-Bild (Foliensätze und Arbeitsmappen nehmen PNG)")
    /// The header of a chart's data column holding how far an interval reaches above a value.
    static func chartIntervalAbove(_ series: String) -> Message {
        Message(en: "\(series): interval above", de: "\(series): Intervall darüber")
    }
    /// The header of a chart's data column holding how far an interval reaches below a value.
    static func chartIntervalBelow(_ series: String) -> Message {
        Message(en: "\(series): interval below", de: "\(series): Intervall darunter")
    }
    /// The last row of a slide table that had to leave rows out.
    static func slideTableMoreRows(_ count: Int) -> Message {
        Message(en: count == 1 ? "… 1 more row" : "… \(count) more rows",
                de: count == 1 ? "… 1 weitere Zeile" : "… \(count) weitere Zeilen")
    }
    /// The name of a sheet whose given name has no character a sheet name can hold.
    static let workbookUnnamedSheet = Message(en: "sheet", de: "Tabelle")
}
