import RapportCore

/// Messages of the line readers: opening script files and keeping the command history.
extension Words {
    /// A script or input file that does not exist.
    public static func fileNotFound(_ path: String) -> Message {
        Message(en: "cannot open '\(path)': no such file", de: "'\(path)' lässt sich nicht öffnen: Datei nicht gefunden")
    }
    /// A script or input file this user may not read.
    public static func fileNotReadable(_ path: String) -> Message {
        Message(en: "cannot open '\(path)': permission denied",
                de: "'\(path)' lässt sich nicht öffnen: keine Leseberechtigung")
    }
    /// A directory given where a file is needed.
    public static func fileIsDirectory(_ path: String) -> Message {
        Message(en: "cannot read '\(path)': it is a directory, not a file",
                de: "'\(path)' lässt sich nicht lesen: das ist ein Verzeichnis, keine Datei")
    }
    /// A file that cannot be opened for another reason.
    public static func cannotOpenFile(_ path: String, reason: String) -> Message {
        Message(en: "cannot open '\(path)': \(reason)", de: "'\(path)' lässt sich nicht öffnen: \(reason)")
    }
    /// The history file could not be written.
    public static func historyNotSaved(_ path: String) -> Message {
        Message(en: "could not save the command history to '\(path)'",
                de: "der Befehlsverlauf konnte nicht in '\(path)' gespeichert werden")
    }
}
