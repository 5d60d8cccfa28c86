import RapportCore

/// Messages of the import module.
extension Words {
    public static let importSummary = Message(en: "read a CSV, TSV, JSON or Excel file into a dataset",
                                              de: "eine CSV-, TSV-, JSON- oder Excel-Datei als Datensatz einlesen")
    public static let importTypeFlag = Message(en: "the file type; detected from the extension and content when left out",
                                               de: "der Dateityp; wird sonst an Endung und Inhalt erkannt")
    public static let importSheetFlag = Message(en: "the sheet of a workbook to read", de: "das zu lesende Blatt einer Arbeitsmappe")
    public static let importEncodingFlag = Message(en: "the character encoding; detected when left out",
                                                   de: "die Zeichenkodierung; wird sonst erkannt")
    public static let importPresetFlag = Message(en: "the platform preset that names the columns' roles (auto, none or a name)",
                                                 de: "die Plattform-Vorlage für die Rollen der Spalten (auto, none oder ein Name)")
    public static let importAppendFlag = Message(en: "add the rows to this dataset, matching columns by name",
                                                 de: "die Zeilen an diesen Datensatz anhängen, Spalten nach Namen zugeordnet")
    public static let importDedupeFlag = Message(en: "with --append: of rows with the same value here, keep the one from the new file",
                                                 de: "mit --append: von Zeilen mit gleichem Wert hier die aus der neuen Datei behalten")
    public static let importSkipBadRowsFlag = Message(en: "skip malformed rows and report them instead of stopping",
                                                      de: "fehlerhafte Zeilen überspringen und melden statt abzubrechen")
    public static func importTypeNotSupported(_ type: String) -> Message {
        Message(en: "import cannot read \(type) files yet", de: "import kann \(type)-Dateien noch nicht lesen")
    }
    public static func badPreset(_ text: String) -> Message {
        Message(en: "--preset takes auto, none or a preset name (letters, digits, - and _), not '\(text)'",
                de: "--preset braucht auto, none oder einen Vorlagennamen (Buchstaben, Ziffern, - und _), nicht '\(text)'")
    }
    public static let dedupeNeedsAppend = Message(en: "--dedupe-on works only together with --append",
                                                  de: "--dedupe-on geht nur zusammen mit --append")
    public static let appendWithName = Message(en: "--append names the dataset to add to; leave out 'as NAME'",
                                               de: "--append nennt den Datensatz, an den angehängt wird; 'as NAME' bitte weglassen")
    public static func appended(rows: Int, file: String, name: String, total: Int) -> Message {
        Message(en: "appended \(rows) rows from \(file) to \(name), which now has \(total) rows",
                de: "\(rows) Zeilen aus \(file) an \(name) angehängt, jetzt \(total) Zeilen")
    }
    public static func replacedDuplicates(_ count: Int, column: String) -> Message {
        Message(en: "\(count) older rows had the same \(column) as a new row and were replaced",
                de: "\(count) ältere Zeilen hatten dasselbe \(column) wie eine neue Zeile und wurden ersetzt")
    }
    public static func readEncoding(_ encoding: String) -> Message {
        Message(en: "read as \(encoding)", de: "als \(encoding) gelesen")
    }
    public static func percentColumns(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(en: "percentages stored as fractions (3.5% → 0.035) in: \(list)",
                       de: "Prozentwerte als Anteile gespeichert (3,5 % → 0,035) in: \(list)")
    }
    public static let descriptionLineSkipped = Message(en: "skipped line 2: it describes the columns rather than holding data",
                                                       de: "Zeile 2 übersprungen: sie beschreibt die Spalten und enthält keine Daten")
    public static func skippedBadRows(_ count: Int, lines: [Int]) -> Message {
        let list = lines.map(String.init).joined(separator: ", ")
        let more = count > lines.count ? " …" : ""
        return Message(en: "skipped \(count) malformed rows, on lines \(list)\(more)",
                       de: "\(count) fehlerhafte Zeilen übersprungen, in den Zeilen \(list)\(more)")
    }
    public static let importReplaceFlag = Message(en: "replace a dataset of the same name",
                                                  de: "einen gleichnamigen Datensatz ersetzen")
    public static let importDelimiterFlag = Message(en: "the field delimiter (, ; tab |); detected when left out",
                                                    de: "das Feldtrennzeichen (, ; tab |); wird sonst erkannt")
    public static let importDecimalFlag = Message(en: "the decimal separator (. or ,); detected when left out",
                                                  de: "das Dezimaltrennzeichen (. oder ,); wird sonst erkannt")

    public static func imported(rows: Int, columns: Int, file: String, name: String) -> Message {
        Message(en: "imported \(rows) rows × \(columns) columns from \(file) as \(name)",
                de: "\(rows) Zeilen × \(columns) Spalten aus \(file) als \(name) importiert")
    }
    public static func renamedColumns(_ renamings: [RenamedColumn]) -> Message {
        let en = renamings.map { $0.original.isEmpty ? "column \($0.index + 1) has no name, now '\($0.name)'"
                                                     : "'\($0.original)' repeats, column \($0.index + 1) is now '\($0.name)'" }
        let de = renamings.map { $0.original.isEmpty ? "Spalte \($0.index + 1) hat keinen Namen, heißt jetzt '\($0.name)'"
                                                     : "'\($0.original)' kommt mehrfach vor, Spalte \($0.index + 1) heißt jetzt '\($0.name)'" }
        return Message(en: "renamed header names: " + en.joined(separator: "; "),
                       de: "Spaltennamen umbenannt: " + de.joined(separator: "; "))
    }
    public static func badDelimiter(_ text: String) -> Message {
        Message(en: "--delimiter takes one character such as , ; | or the word tab, not '\(text)'",
                de: "--delimiter braucht ein Zeichen wie , ; | oder das Wort tab, nicht '\(text)'")
    }
    public static func badDecimal(_ text: String) -> Message {
        Message(en: "--decimal takes . or , not '\(text)'", de: "--decimal braucht . oder , nicht '\(text)'")
    }
    public static func fileUnreadable(_ path: String, reason: String) -> Message {
        Message(en: "cannot read \(path): \(reason)", de: "\(path) lässt sich nicht lesen: \(reason)")
    }
    public static func notARegularFile(_ path: String) -> Message {
        Message(en: "\(path) is not a file", de: "\(path) ist keine Datei")
    }
    public static func csvEmptyFile(_ path: String) -> Message {
        Message(en: "\(path) is empty: there is no header line to read",
                de: "\(path) ist leer: es gibt keine Kopfzeile")
    }
    public static func csvOnlyByteOrderMark(_ path: String) -> Message {
        Message(en: "\(path) holds only a byte-order mark and no data",
                de: "\(path) enthält nur eine Byte-Order-Markierung und keine Daten")
    }
    public static func csvBinary(_ path: String) -> Message {
        Message(en: "\(path) does not look like a text file (binary content); is it a spreadsheet or an archive?",
                de: "\(path) sieht nicht nach einer Textdatei aus (Binärdaten); ist es eine Tabellenkalkulation oder ein Archiv?")
    }
    public static let csvNotUTF8 = Message(en: "this byte is not valid UTF-8; is the file windows-1252? (--encoding windows-1252)",
                                           de: "dieses Byte ist kein gültiges UTF-8; ist die Datei windows-1252? (--encoding windows-1252)")
    public static func fileTooLarge(_ path: String, size: Int, needed: Int, available: UInt64) -> Message {
        let (file, need, have) = (megabytes(size), megabytes(needed), megabytes(Int(min(available, UInt64(Int.max)))))
        return Message(en: "\(path) is \(file) MB; importing it would need about \(need) MB of memory, this machine has \(have) MB",
                       de: "\(path) ist \(file) MB groß; der Import bräuchte etwa \(need) MB Arbeitsspeicher, dieser Rechner hat \(have) MB")
    }
    private static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }
    public static let csvUnterminatedQuote = Message(en: "this quote is never closed",
                                                     de: "dieses Anführungszeichen wird nie geschlossen")
    public static let csvTextAfterQuote = Message(en: "text follows a closing quote; a quote inside a quoted field must be doubled",
                                                  de: "Text nach einem schließenden Anführungszeichen; Anführungszeichen in einem Feld müssen verdoppelt werden")
    public static func csvTooManyFields(expected: Int) -> Message {
        Message(en: "this row has more fields than the header's \(expected)",
                de: "diese Zeile hat mehr Felder als die \(expected) der Kopfzeile")
    }
    public static func csvTooFewFields(found: Int, expected: Int) -> Message {
        Message(en: "this row has \(found) fields, the header has \(expected)",
                de: "diese Zeile hat \(found) Felder, die Kopfzeile hat \(expected)")
    }
}
