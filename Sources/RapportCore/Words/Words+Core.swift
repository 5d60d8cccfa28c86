/// Messages of the core: errors every part of rapport can raise.
extension Words {
    /// The `--replace` flag of commands that store a dataset.
    public static let replaceFlag = Message(en: "replace an existing dataset of that name",
                                            de: "einen bestehenden Datensatz dieses Namens ersetzen")
    /// What an interrupted command (Ctrl-C) reports.
    public static let interrupted = Message(en: "interrupted", de: "abgebrochen")
    /// The label before an error message.
    public static let error = Message(en: "error", de: "Fehler")
    /// The label before a warning.
    public static let warning = Message(en: "warning", de: "Warnung")
    /// The label before a note on what a result leaves out.
    public static let note = Message(en: "note", de: "Hinweis")

    /// A number of rows, singular for one: "1 row", "3 rows"; "1 Zeile", "3 Zeilen".
    public static func rowCount(_ count: Int) -> Message {
        Message(en: "\(count) row\(count == 1 ? "" : "s")", de: "\(count) \(count == 1 ? "Zeile" : "Zeilen")")
    }
    /// A number of columns, singular for one: "1 column", "3 columns"; "1 Spalte", "3 Spalten".
    public static func columnCount(_ count: Int) -> Message {
        Message(en: "\(count) column\(count == 1 ? "" : "s")", de: "\(count) \(count == 1 ? "Spalte" : "Spalten")")
    }

    /// A dataset name the workspace does not hold.
    public static func unknownDataset(_ name: String) -> Message {
        Message(en: "no dataset named '\(name)'", de: "kein Datensatz namens '\(name)'")
    }
    /// A column name the dataset does not have.
    public static func unknownColumn(_ name: String, in dataset: String) -> Message {
        Message(en: "dataset '\(dataset)' has no column '\(name)'",
                de: "Datensatz '\(dataset)' hat keine Spalte '\(name)'")
    }
    /// A command would store a dataset under a taken name without `--replace`.
    public static func datasetExists(_ name: String) -> Message {
        Message(en: "a dataset named '\(name)' exists already (add --replace to replace it)",
                de: "ein Datensatz namens '\(name)' existiert bereits (mit --replace ersetzen)")
    }
    /// A name taken by a dataset, for commands that have no --replace (rename, survey new).
    public static func datasetNameTaken(_ name: String) -> Message {
        Message(en: "a dataset named '\(name)' exists already; choose another name or drop it first",
                de: "ein Datensatz namens '\(name)' existiert bereits; einen anderen Namen wählen oder ihn zuerst mit drop entfernen")
    }
    /// The suggestion added to an error when a name looks like a typo.
    public static func didYouMean(_ suggestion: String) -> Message {
        Message(en: "did you mean '\(suggestion)'?", de: "meinten Sie '\(suggestion)'?")
    }
}
