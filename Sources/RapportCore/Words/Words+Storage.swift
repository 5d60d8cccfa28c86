/// Messages about the workspace on disk: its manifest, dataset files, lock and saves.
extension Words {
    /// A file could not be read as JSON or as the shape rapport expects, at a line and column.
    public static func fileDamaged(_ path: String, line: Int, column: Int, _ problem: Message) -> Message {
        Message(en: "\(path) is damaged at line \(line), column \(column): \(problem.en); it was left as it is",
                de: "\(path) ist in Zeile \(line), Spalte \(column) beschädigt: \(problem.de); die Datei bleibt unverändert")
    }

    /// The manifest is valid JSON but a key is missing or holds the wrong kind of value.
    public static func manifestWrongShape(_ path: String, at key: String) -> Message {
        Message(en: "\(path) is damaged: '\(key)' is missing or has the wrong type; it was left as it is",
                de: "\(path) ist beschädigt: '\(key)' fehlt oder hat den falschen Typ; die Datei bleibt unverändert")
    }

    /// The manifest was written by a newer rapport.
    public static func manifestTooNew(_ path: String, found: Int, supported: Int) -> Message {
        Message(en: "\(path) has format version \(found), but this rapport reads up to version \(supported); update rapport (the file was not changed)",
                de: "\(path) hat Formatversion \(found), dieses rapport liest nur bis Version \(supported); bitte rapport aktualisieren (die Datei wurde nicht geändert)")
    }

    /// The manifest has a format version no upgrade step starts from.
    public static func manifestVersionUnknown(_ path: String, found: Int) -> Message {
        Message(en: "\(path) has format version \(found), which rapport cannot upgrade (the file was not changed)",
                de: "\(path) hat Formatversion \(found), die rapport nicht aktualisieren kann (die Datei wurde nicht geändert)")
    }

    /// An older workspace was upgraded; the old files were kept.
    public static func workspaceUpgraded(from old: Int, to new: Int, backup: String) -> Message {
        Message(en: "upgraded the workspace from format \(old) to \(new); the old files are kept in \(backup)",
                de: "Arbeitsbereich von Format \(old) auf \(new) aktualisiert; die alten Dateien liegen in \(backup)")
    }

    /// The workspace directory or its manifest does not exist.
    public static func workspaceMissing(_ path: String) -> Message {
        Message(en: "there is no workspace at \(path)", de: "unter \(path) gibt es keinen Arbeitsbereich")
    }

    /// A file the manifest names is not there.
    public static func datasetFileMissing(_ path: String, dataset: String) -> Message {
        Message(en: "the file \(path) of dataset '\(dataset)' is missing",
                de: "die Datei \(path) des Datensatzes '\(dataset)' fehlt")
    }

    /// A manifest whose `nextFileNumber` cannot be used or counted on, with the number that would repair it.
    public static func noFileNumberLeft(_ number: Int, suggested: Int) -> Message {
        let (en, de) = suggested < Int.max ? (" (at least \(suggested))", " (mindestens \(suggested))") : ("", "")
        let manifest = DirectoryStore.manifestName
        return Message(
            en: "\(manifest) is damaged: its nextFileNumber \(number) leaves no number for a new data file, "
                + "so nothing was changed; set it to one more than the highest N of the files data/NAME-N.json" + en,
            de: "\(manifest) ist beschädigt: seine nextFileNumber \(number) lässt keine Nummer für eine neue "
                + "Datendatei, daher wurde nichts geändert; setze sie auf eins mehr als das höchste N "
                + "der Dateien data/NAME-N.json" + de)
    }

    /// A dataset file does not hold what the manifest says it holds.
    public static func datasetFileMismatch(_ path: String, dataset: String) -> Message {
        Message(en: "the file \(path) does not hold the rows and columns the workspace records for dataset '\(dataset)'",
                de: "die Datei \(path) enthält nicht die Zeilen und Spalten, die der Arbeitsbereich für den Datensatz '\(dataset)' verzeichnet")
    }

    /// The manifest names a file outside the workspace's data folder.
    public static func datasetFileOutside(_ path: String) -> Message {
        Message(en: "the workspace names the file '\(path)', which is not inside its data/ folder",
                de: "der Arbeitsbereich nennt die Datei '\(path)', die nicht in seinem Ordner data/ liegt")
    }

    /// Opening found entries that name no file in data/; such a workspace is not cleaned up.
    public static func manifestNamesMissingFiles(_ manifest: String, _ problems: [Message]) -> Message {
        Message(en: "note: \(manifest) names files that are not there: " + problems.map(\.en).joined(separator: "; ")
                    + ". Nothing in data/ is deleted until the manifest is mended "
                    + "(correct the file names in it, or drop those datasets)",
                de: "Hinweis: \(manifest) nennt Dateien, die es nicht gibt: " + problems.map(\.de).joined(separator: "; ")
                    + ". In data/ wird nichts gelöscht, bis das Manifest repariert ist "
                    + "(die Dateinamen darin korrigieren oder diese Datensätze löschen)")
    }

    /// The lock file is a symbolic link or no regular file, which rapport does not follow or use.
    public static func lockIsNotAFile(_ path: String) -> Message {
        Message(en: "\(path) is a symbolic link or not a regular file, and rapport does not follow it; "
                    + "remove it and open the workspace again",
                de: "\(path) ist ein symbolischer Link oder keine gewöhnliche Datei, und rapport folgt ihm nicht; "
                    + "bitte entfernen und den Arbeitsbereich neu öffnen")
    }

    /// The lock was lost (its file deleted or replaced and taken by another) or another program wrote the manifest.
    public static func workspaceTakenElsewhere(_ location: String) -> Message {
        Message(en: "not saved: workspace.lock in \(location) was deleted or replaced while this rapport had the "
                    + "workspace open, or another program changed workspace.json; another rapport may be using it, so "
                    + "this one saves and deletes nothing more. Keep this session's changes with workspace save-as DIR",
                de: "nicht gesichert: workspace.lock in \(location) wurde gelöscht oder ersetzt, während dieses rapport "
                    + "den Arbeitsbereich offen hatte, oder ein anderes Programm hat workspace.json geändert; vielleicht "
                    + "benutzt ihn ein anderes rapport, darum sichert und löscht dieses nichts mehr. Die Änderungen "
                    + "dieser Sitzung mit workspace save-as ORDNER bewahren")
    }

    /// A path that names a folder, a FIFO, a device or a socket where a file is read.
    public static func notARegularFile(_ path: String) -> Message {
        Message(en: "\(path) is not a regular file (a folder, a pipe or a device); rapport reads only files",
                de: "\(path) ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); rapport liest nur Dateien")
    }

    /// A file could not be read.
    public static func cannotRead(_ path: String, _ reason: String) -> Message {
        Message(en: "cannot read \(path): \(reason)", de: "\(path) kann nicht gelesen werden: \(reason)")
    }

    /// `--force` on a command that writes a file.
    public static let forceFlag = Message(en: "replace an existing file", de: "eine bestehende Datei ersetzen")

    /// A command would write over an existing file without `--force`.
    public static func fileExists(_ path: String) -> Message {
        Message(en: "\(path) exists already (add --force to replace it)", de: "\(path) existiert bereits (mit --force ersetzen)")
    }

    /// A file or folder could not be written.
    public static func cannotWrite(_ path: String, _ reason: String) -> Message {
        Message(en: "cannot write \(path): \(reason)", de: "\(path) kann nicht geschrieben werden: \(reason)")
    }

    // MARK: Problems inside a JSON file

    /// The file ends too early.
    public static let jsonUnexpectedEnd = Message(en: "the file ends too early", de: "die Datei endet zu früh")

    /// A character that does not belong here.
    public static func jsonUnexpected(_ found: String, expected: String) -> Message {
        Message(en: "expected \(expected) but found \(found)", de: "erwartet wurde \(expected), gefunden \(found)")
    }

    /// Something other than a value where one belongs.
    public static let jsonExpectedValue = Message(en: "expected a value", de: "ein Wert wurde erwartet")

    /// Something other than a quoted key where one belongs.
    public static let jsonExpectedKey = Message(en: "expected a key in double quotes",
                                                de: "ein Schlüssel in doppelten Anführungszeichen wurde erwartet")

    /// Anything after the end of the document.
    public static let jsonTrailing = Message(en: "there is more text after the end of the document",
                                             de: "nach dem Ende des Dokuments folgt weiterer Text")

    /// Nesting too deep to be a rapport file.
    public static let jsonTooDeep = Message(en: "arrays or objects are nested too deeply",
                                            de: "Listen oder Objekte sind zu tief verschachtelt")

    /// A string with an invalid escape sequence.
    public static let jsonBadEscape = Message(en: "invalid escape sequence in a string",
                                              de: "ungültige Escape-Sequenz in einer Zeichenkette")

    /// A raw control character inside a string.
    public static let jsonControlCharacter = Message(en: "a control character inside a string must be escaped",
                                                     de: "ein Steuerzeichen in einer Zeichenkette muss maskiert sein")

    /// Bytes that are not UTF-8.
    public static let jsonInvalidUTF8 = Message(en: "the text is not valid UTF-8", de: "der Text ist kein gültiges UTF-8")

    /// A malformed number.
    public static let jsonBadNumber = Message(en: "malformed number", de: "fehlerhafte Zahl")

    /// A number too large for its column.
    public static let jsonNumberOutOfRange = Message(en: "the number is too large", de: "die Zahl ist zu groß")

    // MARK: Problems inside a dataset file

    /// The file is JSON but not a rapport dataset.
    public static let datasetNotRapport = Message(en: "this is not a rapport dataset file (\"format\" is not \"rapport-dataset\")",
                                                  de: "dies ist keine rapport-Datensatzdatei (\"format\" ist nicht \"rapport-dataset\")")

    /// A dataset file of a newer format version.
    public static func datasetVersionTooNew(_ found: Int64, supported: Int) -> Message {
        Message(en: "dataset format version \(found) is newer than the version \(supported) this rapport reads",
                de: "Datensatz-Formatversion \(found) ist neuer als die Version \(supported), die dieses rapport liest")
    }

    /// A required key is absent.
    public static func datasetMissingKey(_ key: String) -> Message {
        Message(en: "the key \"\(key)\" is missing", de: "der Schlüssel \"\(key)\" fehlt")
    }

    /// A key that is given twice or contradicts another.
    public static func datasetConflictingKey(_ key: String) -> Message {
        Message(en: "the key \"\(key)\" is given twice or does not fit the column's type",
                de: "der Schlüssel \"\(key)\" ist doppelt angegeben oder passt nicht zum Typ der Spalte")
    }

    /// An unknown column type.
    public static func datasetUnknownType(_ type: String) -> Message {
        Message(en: "unknown column type '\(type)' (integer, decimal, boolean, time, text)",
                de: "unbekannter Spaltentyp '\(type)' (integer, decimal, boolean, time, text)")
    }

    /// A value of the wrong type in a column.
    public static func datasetWrongValue(column: String, type: ColumnType) -> Message {
        let (en, de): (String, String)
        switch type {
        case .integer: (en, de) = ("a whole number", "eine ganze Zahl")
        case .decimal: (en, de) = ("a number", "eine Zahl")
        case .boolean: (en, de) = ("true or false", "true oder false")
        case .time: (en, de) = ("an ISO 8601 time such as \"2025-01-01T12:00:00Z\"", "ein ISO-8601-Zeitpunkt wie \"2025-01-01T12:00:00Z\"")
        case .text: (en, de) = ("a string", "eine Zeichenkette")
        }
        return Message(en: "column '\(column)' is of type \(type.rawValue): expected \(en) or null",
                       de: "Spalte '\(column)' hat den Typ \(type.rawValue): erwartet wird \(de) oder null")
    }

    /// A column whose length differs from the dataset's row count.
    public static func datasetRowsMismatch(column: String, found: Int, rows: Int) -> Message {
        Message(en: "column '\(column)' has \(found) values but the dataset has \(rows) rows",
                de: "Spalte '\(column)' hat \(found) Werte, der Datensatz aber \(rows) Zeilen")
    }

    /// A dictionary code that points nowhere.
    public static func datasetBadCode(column: String, size: Int) -> Message {
        Message(en: "column '\(column)': a code must be null or from 0 to \(size - 1)",
                de: "Spalte '\(column)': ein Code muss null sein oder von 0 bis \(size - 1) reichen")
    }

    /// A dictionary that lists a value twice.
    public static func datasetDuplicateDictionary(column: String) -> Message {
        Message(en: "column '\(column)': the dictionary lists a value twice",
                de: "Spalte '\(column)': das Wörterbuch enthält einen Wert doppelt")
    }
}
