import RapportCore

/// Messages about reading CSV and TSV text: encodings, units, skipped lines and memory.
extension Words {
    /// The `--encoding` flag.
    public static let importEncodingFlag = Message(en: "the character encoding (utf-8, utf-16, windows-1252); detected when left out",
                                                   de: "die Zeichenkodierung (utf-8, utf-16, windows-1252); wird sonst erkannt")
    /// The `--skip-bad-rows` flag.
    public static let importSkipBadRowsFlag = Message(en: "skip malformed rows and report them instead of stopping",
                                                      de: "fehlerhafte Zeilen überspringen und melden statt abzubrechen")
    /// The note on the encoding a file was read in.
    public static func readEncoding(_ encoding: String) -> Message {
        Message(en: "read as \(encoding)", de: "als \(encoding) gelesen")
    }
    /// The note on columns whose percentages became fractions.
    public static func percentColumns(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(en: "percentages stored as fractions (3.5% → 0.035) in: \(list)",
                       de: "Prozentwerte als Anteile gespeichert (3,5 % → 0,035) in: \(list)")
    }
    /// The note on text columns where bytes that are not UTF-8 were read as �.
    public static func repairedText(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(en: "some bytes are not UTF-8 and were read as � in: \(list); if the file is Windows-1252, import it again with --encoding windows-1252",
                       de: "einige Bytes sind kein UTF-8 und wurden als � gelesen in: \(list); ist die Datei Windows-1252, erneut mit --encoding windows-1252 importieren")
    }
    /// The note on a skipped line of column descriptions under the header.
    public static let descriptionLineSkipped = Message(en: "skipped the line after the header: it describes the columns rather than holding data",
                                                       de: "die Zeile nach der Kopfzeile übersprungen: sie beschreibt die Spalten und enthält keine Daten")
    /// The note on malformed rows `--skip-bad-rows` left out, with their lines.
    public static func skippedBadRows(_ count: Int, lines: [Int]) -> Message {
        let list = lines.map(String.init).joined(separator: ", ")
        let more = count > lines.count ? ", …" : ""
        return count == 1
            ? Message(en: "skipped 1 malformed row, on line \(list)", de: "1 fehlerhafte Zeile übersprungen, in Zeile \(list)")
            : Message(en: "skipped \(count) malformed rows, on lines \(list)\(more)",
                      de: "\(count) fehlerhafte Zeilen übersprungen, in den Zeilen \(list)\(more)")
    }
    /// A byte that is not UTF-8 in a file read as UTF-8.
    public static let csvNotUTF8 = Message(en: "this byte is not valid UTF-8; is the file windows-1252? (--encoding windows-1252)",
                                           de: "dieses Byte ist kein gültiges UTF-8; ist die Datei windows-1252? (--encoding windows-1252)")
    /// A file too large for the memory this machine has, or for the limit `RAPPORT_MEMORY_LIMIT` sets.
    public static func fileTooLarge(_ path: String, size: Int, needed: Int, available: UInt64, isLimit: Bool) -> Message {
        let (enFile, deFile) = (Language.en.byteSize(size), Language.de.byteSize(size))
        return Message(en: "\(path) is \(enFile); importing it would need about ",
                       de: "\(path) ist \(deFile) groß; der Import bräuchte etwa ")
            .joined(memoryNeeded(needed, available: available, isLimit: isLimit), separator: "")
    }
    /// A JSON or XLSX table whose cells would need more memory than there is, before they are allocated.
    public static func tableTooLarge(_ path: String, columns: Int, rows: Int, needed: Int, available: UInt64,
                                     isLimit: Bool) -> Message {
        Message(en: "\(path) makes a table of \(columns) columns × \(rows) rows; importing it would need about ",
                de: "\(path) ergibt eine Tabelle aus \(columns) Spalten × \(rows) Zeilen; der Import bräuchte etwa ")
            .joined(memoryNeeded(needed, available: available, isLimit: isLimit), separator: "")
    }
    /// A workbook part that would inflate to more than the memory allows, before it is inflated.
    public static func xlsxPartTooLarge(_ path: String, part: String, size: UInt64, needed: UInt64, available: UInt64,
                                        isLimit: Bool) -> Message {
        let size = Int(min(size, UInt64(Int.max))), needed = Int(min(needed, UInt64(Int.max)))
        let (enSize, deSize) = (Language.en.byteSize(size), Language.de.byteSize(size))
        return Message(en: "\(part) of \(path) inflates to at least \(enSize); reading it would need about ",
                       de: "\(part) von \(path) entpackt sich auf mindestens \(deSize); das Lesen bräuchte etwa ")
            .joined(memoryNeeded(needed, available: available, isLimit: isLimit), separator: "")
    }
    /// "… 3.0 GiB of memory, more than the 50.0 MiB RAPPORT_MEMORY_LIMIT allows" (or this machine has).
    private static func memoryNeeded(_ needed: Int, available: UInt64, isLimit: Bool) -> Message {
        let have = Int(min(available, UInt64(Int.max)))
        let (enNeed, enHave) = (Language.en.byteSize(needed), Language.en.byteSize(have))
        let (deNeed, deHave) = (Language.de.byteSize(needed), Language.de.byteSize(have))
        return Message(
            en: "\(enNeed) of memory, "
                + (isLimit ? "more than the \(enHave) RAPPORT_MEMORY_LIMIT allows" : "more than the \(enHave) this machine has"),
            de: "\(deNeed) Arbeitsspeicher, "
                + (isLimit ? "mehr als die \(deHave), die RAPPORT_MEMORY_LIMIT erlaubt" : "mehr als die \(deHave) dieses Rechners"))
    }

    /// `RAPPORT_MEMORY_LIMIT` that is not a whole number of bytes.
    public static func badMemoryLimit(_ value: String) -> Message {
        Message(en: "RAPPORT_MEMORY_LIMIT must be a whole number of bytes, not '\(value)'",
                de: "RAPPORT_MEMORY_LIMIT muss eine ganze Zahl von Bytes sein, nicht '\(value)'")
    }
}
