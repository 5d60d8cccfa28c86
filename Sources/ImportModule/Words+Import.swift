import RapportCore

/// Messages of the import module.
extension Words {
    /// One line on `import`.
    public static let importSummary = Message(en: "read a CSV, TSV, JSON, NDJSON or XLSX file into a dataset",
                                              de: "eine CSV-, TSV-, JSON-, NDJSON- oder XLSX-Datei als Datensatz einlesen")
    /// The `--delimiter` flag.
    public static let importDelimiterFlag = Message(en: "the field delimiter (, ; tab |); detected when left out",
                                                    de: "das Feldtrennzeichen (, ; tab |); wird sonst erkannt")
    /// The `--decimal` flag.
    public static let importDecimalFlag = Message(en: "the decimal separator (. or ,); detected when left out",
                                                  de: "das Dezimaltrennzeichen (. oder ,); wird sonst erkannt")

    /// The progress line of an import.
    public static func progressImporting(_ file: String) -> Message {
        Message(en: "importing \(file)", de: "importiere \(file)")
    }
    /// What `import` says when done.
    public static func imported(rows: Int, columns: Int, file: String, name: String) -> Message {
        Message(en: "imported \(rowCount(rows).en) × \(columnCount(columns).en) from \(file) as \(name)",
                de: "\(rowCount(rows).de) × \(columnCount(columns).de) aus \(file) als \(name) importiert")
    }
    /// The note on header names that were empty or repeated and got new names.
    public static func renamedColumns(_ renamings: [RenamedColumn]) -> Message {
        let en = renamings.map { $0.original.isEmpty ? "column \($0.index + 1) has no name, now '\($0.name)'"
                                                     : "'\($0.original)' repeats, column \($0.index + 1) is now '\($0.name)'" }
        let de = renamings.map { $0.original.isEmpty ? "Spalte \($0.index + 1) hat keinen Namen, heißt jetzt '\($0.name)'"
                                                     : "'\($0.original)' kommt mehrfach vor, Spalte \($0.index + 1) heißt jetzt '\($0.name)'" }
        return Message(en: "renamed header names: " + en.joined(separator: "; "),
                       de: "Spaltennamen umbenannt: " + de.joined(separator: "; "))
    }
    /// A `--delimiter` that is not one character or tab.
    public static func badDelimiter(_ text: String) -> Message {
        Message(en: "--delimiter takes one character such as , ; | or the word tab, not '\(text)'",
                de: "--delimiter braucht ein Zeichen wie , ; | oder das Wort tab, nicht '\(text)'")
    }
    /// A `--decimal` that is neither `.` nor `,`.
    public static func badDecimal(_ text: String) -> Message {
        Message(en: "--decimal takes . or , not '\(text)'", de: "--decimal braucht . oder , nicht '\(text)'")
    }
    /// A file with no bytes at all.
    public static func csvEmptyFile(_ path: String) -> Message {
        Message(en: "\(path) is empty: there is no header line to read",
                de: "\(path) ist leer: es gibt keine Kopfzeile")
    }
    /// A file holding only a byte-order mark.
    public static func csvOnlyByteOrderMark(_ path: String) -> Message {
        Message(en: "\(path) holds only a byte-order mark and no data",
                de: "\(path) enthält nur eine Byte-Order-Markierung und keine Daten")
    }
    /// A file that looks binary rather than text.
    public static func csvBinary(_ path: String) -> Message {
        Message(en: "\(path) does not look like a text file (binary content); is it a spreadsheet or an archive?",
                de: "\(path) sieht nicht nach einer Textdatei aus (Binärdaten); ist es eine Tabellenkalkulation oder ein Archiv?")
    }
    /// A quoted field never closed.
    public static let csvUnterminatedQuote = Message(en: "this quote is never closed",
                                                     de: "dieses Anführungszeichen wird nie geschlossen")
    /// Text between a closing quote and the next delimiter.
    public static let csvTextAfterQuote = Message(en: "text follows a closing quote; a quote inside a quoted field must be doubled",
                                                  de: "Text nach einem schließenden Anführungszeichen; Anführungszeichen in einem Feld müssen verdoppelt werden")
    /// A row with more fields than the header.
    public static func csvTooManyFields(expected: Int) -> Message {
        Message(en: "this row has more fields than the header's \(expected)",
                de: "diese Zeile hat mehr Felder als die \(expected) der Kopfzeile")
    }
    /// A header with more columns than a file may have.
    public static func csvHeaderTooWide(largest: Int) -> Message {
        Message(en: "the header itself has more than \(largest) columns, the most a file may have",
                de: "die Kopfzeile selbst hat mehr als \(largest) Spalten, mehr als eine Datei haben darf")
    }
    /// A row with fewer fields than the header.
    public static func csvTooFewFields(found: Int, expected: Int) -> Message {
        Message(en: "this row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)",
                de: "diese Zeile hat \(found) \(found == 1 ? "Feld" : "Felder"), die Kopfzeile hat \(expected)")
    }

    /// What `--preset` does.
    public static let importPresetFlag = Message(
        en: "map columns to roles by a platform preset: auto (detect from the header), none, or a preset's name",
        de: "Spalten per Plattform-Vorlage Rollen zuordnen: auto (aus der Kopfzeile erkennen), none oder der Name einer Vorlage")
    /// The preset that was applied on import.
    public static func presetApplied(_ preset: String, roles: Int, dataset: String) -> Message {
        Message(en: "recognised as \(preset): \(columnCount(roles).en) mapped to roles (roles \(dataset) shows them)",
                de: "erkannt als \(preset): \(columnCount(roles).de) Rollen zugeordnet (roles \(dataset) zeigt sie)")
    }
    /// The roles guessed from column names, and the kind when that was guessed too.
    public static func rolesGuessed(_ guesses: [String], kind: DatasetKind?, dataset: String) -> Message {
        let list = guesses.joined(separator: ", ")
        guard let kind else {
            return Message(en: "roles guessed from column names: \(list) (roles \(dataset) shows them)",
                           de: "Rollen aus Spaltennamen erraten: \(list) (roles \(dataset) zeigt sie)")
        }
        return Message(en: "no platform export recognised; guessed from column names: \(kind) data, \(list) "
                           + "(roles \(dataset) shows them)",
                       de: "kein Plattform-Export erkannt; aus Spaltennamen erraten: \(kind)-Daten, \(list) "
                           + "(roles \(dataset) zeigt sie)")
    }
    /// The `--strict` switch of `import`.
    public static let importStrictFlag = Message(
        en: "refuse the file when a cell of a number, time or yes/no column does not read as one (else it is missing)",
        de: "die Datei ablehnen, wenn eine Zelle einer Zahlen-, Zeit- oder Ja/Nein-Spalte sich nicht so lesen lässt "
            + "(sonst fehlt sie)")
    /// `import --strict` and a cell that does not read as its column's type.
    public static func strictUnreadCell(_ value: String, column: String, type: ColumnType) -> Message {
        Message(en: "\"\(value)\" in column \(column) is not \(typeWord(type).en); without --strict it would be missing",
                de: "\"\(value)\" in Spalte \(column) ist \(typeWord(type).de); ohne --strict fehlte der Wert")
    }
    /// No preset matched the header.
    public static func noPresetRecognised(_ dataset: String) -> Message {
        Message(en: "no platform export recognised; imported generically (set roles with roles \(dataset) COLUMN=ROLE)",
                de: "kein Plattform-Export erkannt; allgemein importiert (Rollen setzen mit roles \(dataset) SPALTE=ROLLE)")
    }
}
