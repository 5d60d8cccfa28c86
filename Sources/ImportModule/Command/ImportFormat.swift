import Foundation
import RapportCore

/// The kinds of file `import` reads, named by `--type` or told by the file's extension.
enum ImportFormat: String, CaseIterable {
    case csv, tsv, json, ndjson, xlsx

    /// The format a file's extension names: `.tsv`/`.tab`, `.json`, `.ndjson`/`.jsonl`, `.xlsx`; anything else is CSV.
    static func detect(path: String) -> ImportFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        case "xlsx": return .xlsx
        default: return .csv
        }
    }

    /// Whether reading counts the file's bytes for the progress line (the CSV reader does; the JSON and XLSX readers
    /// show only that they run).
    var countsBytes: Bool {
        self == .csv || self == .tsv
    }

    /// The file's rows as typed columns; `sheet` names the worksheet of a workbook, whose dates are wall-clock
    /// times in the options' time zone; TSV splits at tabs unless a delimiter is given.
    func read(_ path: String, sheet: String?, options: CSVOptions) throws -> CSVTable {
        // A FIFO or a device would block or never end; each reader below opens the file itself.
        try FileBytes.requireRegularFile(path)
        switch self {
        case .csv:
            return try CSVReader.read(file: path, options: options)
        case .tsv:
            var tabbed = options
            tabbed.delimiter = options.delimiter ?? UInt8(ascii: "\t")
            return try CSVReader.read(file: path, options: tabbed)
        case .json, .ndjson:
            let file = try MappedFile(path)
            let read = try JSONTableReader.read(bytes: file.bytes, fileName: path, lines: self == .ndjson)
            var table = CSVTable(columns: read.columns, rowCount: read.columns.first?.count ?? 0,
                                 delimiter: UInt8(ascii: ","), numberFormat: .point, renamedColumns: [])
            table.missingTexts = read.missingTexts
            return table
        case .xlsx:
            return try XLSXTableReader.read(file: path, sheet: sheet, timeZone: options.timeZone, checkpoint: options.checkpoint)
        }
    }
}
