import Foundation

/// The kinds of file `export` writes, named by `--type` or told by the file's extension.
enum ExportFormat: String, CaseIterable {
    case csv, tsv, json, ndjson, md, xlsx, sqlite

    /// The format a file's extension names, or nil when the extension names none.
    static func detect(path: String) -> ExportFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        case "md", "markdown": return .md
        case "xlsx": return .xlsx
        case "sqlite", "sqlite3", "db": return .sqlite
        default: return nil
        }
    }

    /// Whether the file stays pure data and the provenance goes into a sidecar `FILE.meta.json`.
    var usesSidecar: Bool {
        self == .csv || self == .tsv || self == .ndjson
    }

    /// Whether the format is text that can go to stdout (`export NAME -`); XLSX and SQLite are binary files.
    var isText: Bool {
        self != .xlsx && self != .sqlite
    }

    /// Whether one file can hold several datasets.
    var holdsSeveralDatasets: Bool {
        self == .json || self == .md || self == .xlsx || self == .sqlite
    }
}
