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
    /// The suggestion added to an error when a name looks like a typo.
    public static func didYouMean(_ suggestion: String) -> Message {
        Message(en: "did you mean '\(suggestion)'?", de: "meinten Sie '\(suggestion)'?")
    }
}
