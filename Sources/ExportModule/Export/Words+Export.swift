import RapportCore

/// Messages of the export command.
extension Words {
    /// One line on `export`.
    public static let exportSummary = Message(
        en: "write datasets to CSV, TSV, JSON, NDJSON, Markdown, XLSX or SQLite",
        de: "Datensätze als CSV, TSV, JSON, NDJSON, Markdown, XLSX oder SQLite schreiben")
    /// Longer help on `export`: the types, the dialect, provenance and replacing files.
    public static let exportDiscussion = Message(
        en: """
        The type comes from --type or the file's extension (.csv .tsv .json .ndjson .md .xlsx .sqlite).
        Several datasets, separated by commas, go into one JSON, Markdown, XLSX or SQLite file.
        CSV and TSV follow RFC 4180 (UTF-8, CRLF); --dialect excel-de writes semicolons, decimal commas,
        a byte-order mark and German dates for German Excel. Texts that start with = + - @, a tab or a
        carriage return get an apostrophe in front, so spreadsheets do not run them as formulas.
        What the export came from (rapport version, workspace, datasets, time) is recorded inside the
        file, or beside a CSV, TSV or NDJSON file in FILE.meta.json (--meta FILE puts it elsewhere).
        FILE - writes CSV (or --type tsv, json, ndjson, md) to stdout and nothing else there; no
        provenance file is written then unless --meta names one. XLSX and SQLite need a file.
        Existing files are only replaced with --force; the file is written whole or not at all. A
        folder that does not exist is named; --mkdirs creates it.
        """,
        de: """
        Der Typ kommt aus --type oder der Dateiendung (.csv .tsv .json .ndjson .md .xlsx .sqlite).
        Mehrere Datensätze, durch Kommas getrennt, kommen in eine JSON-, Markdown-, XLSX- oder SQLite-Datei.
        CSV und TSV folgen RFC 4180 (UTF-8, CRLF); --dialect excel-de schreibt Semikolons, Dezimalkommas,
        eine Byte-Order-Mark und deutsche Datumsangaben für deutsches Excel. Texte, die mit = + - @, einem
        Tabulator oder einem Wagenrücklauf beginnen, bekommen einen Apostroph vorangestellt, damit
        Tabellenprogramme sie nicht als Formel ausführen.
        Woher der Export stammt (rapport-Version, Arbeitsbereich, Datensätze, Zeit), steht in der Datei
        oder bei CSV, TSV und NDJSON daneben in DATEI.meta.json (--meta DATEI legt es anderswohin).
        DATEI - schreibt CSV (oder --type tsv, json, ndjson, md) auf stdout und sonst nichts dorthin;
        eine Herkunftsdatei entsteht dann nur, wenn --meta eine nennt. XLSX und SQLite brauchen eine Datei.
        Vorhandene Dateien werden nur mit --force ersetzt; die Datei wird ganz oder gar nicht geschrieben.
        Ein fehlender Ordner wird genannt; --mkdirs legt ihn an.
        """)
    /// The `--type` flag.
    public static let exportTypeFlag = Message(en: "the file type; told by the extension when left out",
                                               de: "der Dateityp; sonst aus der Dateiendung")
    /// The `--dialect` flag.
    public static let exportDialectFlag = Message(en: "excel-de: CSV that German Excel opens directly",
                                                  de: "excel-de: CSV, das deutsches Excel direkt öffnet")
    /// The `--meta` flag.
    public static let exportMetaFlag = Message(en: "write the provenance record to this file (for stdout too)",
                                               de: "die Herkunft in diese Datei schreiben (auch bei stdout)")
    /// The `--mkdirs` flag of `export` and `report`.
    public static let mkdirsFlag = Message(en: "create the folder the file goes into when it does not exist",
                                           de: "den Ordner der Datei anlegen, wenn es ihn nicht gibt")
    /// A target whose folder does not exist, without `--mkdirs`.
    public static func targetFolderMissing(_ folder: String) -> Message {
        Message(en: "the folder \(folder) does not exist (add --mkdirs to create it)",
                de: "den Ordner \(folder) gibt es nicht (mit --mkdirs anlegen)")
    }
    /// A target whose folder is a file.
    public static func targetFolderIsAFile(_ folder: String) -> Message {
        Message(en: "\(folder) is a file, not a folder", de: "\(folder) ist eine Datei, kein Ordner")
    }
    /// A binary type asked for on stdout.
    public static func exportBinaryToStdout(_ type: String) -> Message {
        Message(en: "\(type) is a binary file and cannot go to stdout; give a file name, or --type "
                    + "csv|tsv|json|ndjson|md",
                de: "\(type) ist eine Binärdatei und kann nicht auf stdout; einen Dateinamen angeben oder --type "
                    + "csv|tsv|json|ndjson|md")
    }
    /// The progress line of an export.
    public static func progressExporting(_ names: [String], to file: String?) -> Message {
        let list = names.joined(separator: ", ")
        guard let file else { return Message(en: "exporting \(list)", de: "exportiere \(list)") }
        return Message(en: "exporting \(list) to \(file)", de: "exportiere \(list) nach \(file)")
    }
    /// What `export NAME -` says on stderr when done, with the provenance file when one was asked for.
    public static func exportedToStdout(_ names: [String], rows: Int, type: String, sidecar: String?) -> Message {
        let list = names.joined(separator: ", ")
        let count = rowCount(rows)
        let base = Message(en: "exported \(list) (\(count.en)) to stdout as \(type)",
                           de: "\(list) (\(count.de)) als \(type) auf stdout exportiert")
        guard let sidecar else { return base }
        return base.joined(Message(en: "; provenance in \(sidecar)", de: "; Herkunft in \(sidecar)"), separator: "")
    }
    /// An empty name in the list of datasets.
    public static let exportEmptyDatasetName = Message(en: "a dataset name is empty (two commas or a comma at the end?)",
                                                       de: "ein Datensatzname ist leer (zwei Kommas oder ein Komma am Ende?)")

    /// What `export` says when done, with the provenance file when there is one.
    public static func exported(_ names: [String], rows: Int, file: String, type: String, sidecar: String?) -> Message {
        let list = names.joined(separator: ", ")
        let count = rowCount(rows)
        let base = Message(en: "exported \(list) (\(count.en)) to \(file) as \(type)",
                           de: "\(list) (\(count.de)) als \(type) nach \(file) exportiert")
        guard let sidecar else { return base }
        return base.joined(Message(en: "; provenance in \(sidecar)", de: "; Herkunft in \(sidecar)"), separator: "")
    }
    /// Several datasets for a type whose file holds one.
    public static func exportOneDatasetOnly(_ type: String) -> Message {
        Message(en: "a \(type) file holds one dataset; export them one by one or use json, md, xlsx or sqlite",
                de: "eine \(type)-Datei fasst einen Datensatz; einzeln exportieren oder json, md, xlsx bzw. sqlite nehmen")
    }
    /// A dataset named twice in the list.
    public static func exportRepeatedDataset(_ name: String) -> Message {
        Message(en: "\(name) is named twice", de: "\(name) ist doppelt genannt")
    }
    /// A file name whose extension names no type, without `--type`.
    public static func exportUnknownExtension(_ path: String) -> Message {
        Message(en: "cannot tell the type of \(path) from its extension; give --type csv|tsv|json|ndjson|md|xlsx|sqlite",
                de: "der Typ von \(path) geht aus der Endung nicht hervor; --type csv|tsv|json|ndjson|md|xlsx|sqlite angeben")
    }
    /// `--dialect excel-de` for a type other than CSV.
    public static func exportDialectNeedsCSV(_ type: String) -> Message {
        Message(en: "--dialect excel-de is for CSV files, not \(type)",
                de: "--dialect excel-de gilt für CSV-Dateien, nicht für \(type)")
    }
    /// A target path that is a directory.
    public static func exportTargetIsDirectory(_ path: String) -> Message {
        Message(en: "\(path) is a directory", de: "\(path) ist ein Verzeichnis")
    }
    /// A dataset with more rows than an XLSX sheet holds.
    public static func exportTooManyRowsForXLSX(_ name: String, rows: Int, limit: Int) -> Message {
        Message(en: "\(name) has \(rows) rows, more than an XLSX sheet holds (\(limit)); export it as CSV or SQLite",
                de: "\(name) hat \(rows) Zeilen, mehr als ein XLSX-Blatt fasst (\(limit)); als CSV oder SQLite exportieren")
    }
    /// A text longer than an XLSX cell holds.
    public static func exportCellTooLongForXLSX(_ name: String, cell: String, limit: Int) -> Message {
        Message(en: "\(name): the text in cell \(cell) is longer than an XLSX cell holds (\(limit) characters)",
                de: "\(name): der Text in Zelle \(cell) ist länger, als eine XLSX-Zelle fasst (\(limit) Zeichen)")
    }
    /// The SQLite file could not be written.
    public static func exportSQLiteFailed(_ reason: String) -> Message {
        Message(en: "the SQLite file could not be written: \(reason)",
                de: "die SQLite-Datei ließ sich nicht schreiben: \(reason)")
    }
    /// The provenance line of an exported file: version, workspace and time.
    public static func exportProvenanceLine(version: String, workspace: String, time: String) -> Message {
        Message(en: "exported by rapport \(version) from the workspace \(workspace) on \(time)",
                de: "exportiert von rapport \(version) aus dem Arbeitsbereich \(workspace) am \(time)")
    }
    /// The provenance line of one exported dataset: its rows and the command that made it.
    public static func exportRowCount(_ rows: Int, source: String?) -> Message {
        let count = rowCount(rows)
        guard let source else { return count }
        return Message(en: "\(count.en), from \(source)", de: "\(count.de), aus \(source)")
    }
}
