import RapportCore

/// Messages of `import --append` and `--dedupe-on`.
extension Words {
    /// What `--append` does.
    public static let importAppendFlag = Message(
        en: "stack the file under an existing dataset, matching columns by name (monthly exports)",
        de: "die Datei unter einen bestehenden Datensatz anhängen, Spalten nach Namen zugeordnet (Monatsexporte)")
    /// What `--dedupe-on` does.
    public static let importDedupeFlag = Message(
        en: "with --append: a row of the file replaces older rows with the same value in this column (the last "
            + "row wins, as the later file is the newer export; dedupe keeps the first unless --keep last)",
        de: "mit --append: eine Zeile der Datei ersetzt ältere Zeilen mit demselben Wert in dieser Spalte (die "
            + "letzte gewinnt, da die spätere Datei der neuere Export ist; dedupe behält die erste, außer mit "
            + "--keep last)")
    /// `--dedupe-on` without `--append`.
    public static let dedupeNeedsAppend = Message(
        en: "--dedupe-on only works with --append NAME, which names the dataset whose older rows it replaces",
        de: "--dedupe-on geht nur mit --append NAME, das den Datensatz nennt, dessen ältere Zeilen ersetzt werden")
    /// A flag that contradicts `--append`.
    public static func appendContradicts(_ flag: String) -> Message {
        Message(en: "--append keeps the dataset's name, roles and kind, so it cannot be combined with \(flag)",
                de: "--append behält Namen, Rollen und Art des Datensatzes bei und lässt sich daher nicht mit \(flag) kombinieren")
    }
    /// The key column of `--dedupe-on` is not in the file.
    public static func appendKeyNotInFile(_ column: String, file: String) -> Message {
        Message(en: "\(file) has no column '\(column)' to compare rows by",
                de: "\(file) hat keine Spalte '\(column)', nach der Zeilen verglichen werden könnten")
    }
    /// A column whose types on the two sides cannot be stored together.
    public static func appendTypeClash(_ column: String, dataset: String, existing: String, file: String, found: String) -> Message {
        Message(en: "column '\(column)' is \(existing) in \(dataset) but \(found) in \(file); nothing was appended",
                de: "Spalte '\(column)' ist in \(dataset) vom Typ \(existing), in \(file) aber \(found); nichts wurde angehängt")
    }
    /// What an append did.
    public static func appended(rows: Int, file: String, name: String, added: Int, replaced: Int, total: Int) -> Message {
        let (read, now) = (rowCount(rows), rowCount(total))
        let dropped = rows - added - replaced
        let enDropped = dropped > 0 ? ", \(dropped) left out as earlier duplicates within the file" : ""
        let deDropped = dropped > 0 ? ", \(dropped) als frühere Dubletten in der Datei ausgelassen" : ""
        return Message(en: "appended \(read.en) from \(file) to \(name): \(added) added, \(replaced) replaced\(enDropped); \(name) now has \(now.en)",
                       de: "\(read.de) aus \(file) an \(name) angehängt: \(added) neu, \(replaced) ersetzt\(deDropped); \(name) hat jetzt \(now.de)")
    }
}
