import RapportCore

/// Messages about reading CSV and TSV text: encodings, units, skipped lines and memory.
extension Words {
    /// The `--encoding` flag.
    public static let importEncodingFlag = Message(en: "the character encoding (utf-8, utf-16, windows-1252); detected when left out",
                                                   de: "die Zeichenkodierung (utf-8, utf-16, windows-1252); wird sonst erkannt")
    /// The `--skip-bad-rows` flag.
    public static let importSkipBadRowsFlag = Message(en: "skip malformed rows and report them instead of stopping",
                                                      de: "fehlerhafte Zeilen überspringen und melden statt abzubrechen")
    /// An `--encoding` rapport cannot read.
    public static func badEncoding(_ text: String) -> Message {
        Message(en: "--encoding takes utf-8, utf-16 or windows-1252, not '\(text)'",
                de: "--encoding braucht utf-8, utf-16 oder windows-1252, nicht '\(text)'")
    }
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
    /// A file too large for the memory this machine has.
    public static func fileTooLarge(_ path: String, size: Int, needed: Int, available: UInt64) -> Message {
        let (file, need, have) = (megabytes(size), megabytes(needed), megabytes(Int(min(available, UInt64(Int.max)))))
        return Message(en: "\(path) is \(file) MB; importing it would need about \(need) MB of memory, this machine has \(have) MB",
                       de: "\(path) ist \(file) MB groß; der Import bräuchte etwa \(need) MB Arbeitsspeicher, dieser Rechner hat \(have) MB")
    }

    /// Bytes as whole megabytes, rounded up.
    private static func megabytes(_ bytes: Int) -> Int { bytes / (1 << 20) + (bytes % (1 << 20) == 0 ? 0 : 1) }
}
