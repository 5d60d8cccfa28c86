import RapportCore

/// Messages of `import --type` and `--sheet`.
extension Words {
    /// What `--type` does.
    public static let importTypeFlag = Message(
        en: "the file's format (csv, tsv, json, ndjson, xlsx); told by the file's extension when left out",
        de: "das Format der Datei (csv, tsv, json, ndjson, xlsx); sonst an der Dateiendung erkannt")
    /// What `--sheet` does.
    public static let importSheetFlag = Message(
        en: "the worksheet of an .xlsx workbook to read; the first one when left out",
        de: "das Arbeitsblatt einer .xlsx-Arbeitsmappe, das gelesen wird; sonst das erste")
    /// `--sheet` for a file that is not a workbook.
    public static func sheetNeedsWorkbook(_ format: String) -> Message {
        Message(en: "--sheet only applies to .xlsx workbooks, and this file is read as \(format)",
                de: "--sheet gilt nur für .xlsx-Arbeitsmappen, und diese Datei wird als \(format) gelesen")
    }
}
