import Foundation
import GRDB
import GRDBSQLite
import RapportCore

/// Writes datasets into an SQLite database: one table per dataset with SQL column types (INTEGER, REAL,
/// BOOLEAN as 0/1, TEXT; times as ISO 8601 text in UTC, which SQLite's date functions read), plus
/// `rapport_columns` (each column's rapport type and role) and `rapport_provenance` (key, value).
enum SQLiteExporter {
    /// Builds the database in a temporary file, hands its bytes to `emit` in chunks and removes it; `checkpoint` runs
    /// every 16,384 rows with the rows inserted since the last.
    static func write(_ datasets: [Dataset], provenance: Provenance, checkpoint: (_ rows: Int) throws -> Void,
                      emit: ([UInt8]) throws -> Void) throws {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-export-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // The file is temporary and thrown away on failure, so it needs no journal and no syncs.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE rapport_provenance (key TEXT NOT NULL, value TEXT NOT NULL)")
                for (key, value) in provenance.pairs {
                    try db.execute(sql: "INSERT INTO rapport_provenance VALUES (?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "CREATE TABLE rapport_columns (dataset TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, role TEXT)")
                for dataset in datasets {
                    for column in dataset.columns {
                        try db.execute(sql: "INSERT INTO rapport_columns VALUES (?, ?, ?, ?)",
                                       arguments: [dataset.name, column.name, column.type.rawValue,
                                                   column.role?.rawValue])
                    }
                    try insert(dataset, into: db, checkpoint: checkpoint)
                }
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw RapportError(Words.exportSQLiteFailed(error.message ?? error.description))
        }
        guard let file = FileHandle(forReadingAtPath: temporary) else {
            throw RapportError(Words.cannotRead(temporary, String(cString: strerror(errno))))
        }
        defer { try? file.close() }
        while let chunk = try file.read(upToCount: [UInt8].exportChunkSize), !chunk.isEmpty {
            try emit([UInt8](chunk))
        }
    }

    /// Creates the dataset's table and inserts its rows with one prepared statement, binding values through
    /// SQLite's C functions (GRDB's argument arrays cost more than the database work for a million rows).
    private static func insert(_ dataset: Dataset, into db: Database, checkpoint: (_ rows: Int) throws -> Void) throws {
        let definitions = dataset.columns.map { quoted($0.name) + " " + sqlType($0.type) }
        try db.execute(sql: "CREATE TABLE \(quoted(dataset.name)) (\(definitions.joined(separator: ", ")))")
        guard !dataset.columns.isEmpty else { return }
        let placeholders = Array(repeating: "?", count: dataset.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(quoted(dataset.name)) VALUES (\(placeholders))")
        let handle = statement.sqliteStatement
        var timeText: [UInt8] = []
        for row in 0..<dataset.rowCount {
            if row & 0x3FFF == 0, row > 0 { try checkpoint(0x4000) }
            for (index, column) in dataset.columns.enumerated() {
                let position = Int32(index + 1)
                if column.data.missing.isMissing(row) {
                    sqlite3_bind_null(handle, position)
                    continue
                }
                switch column.data {
                case .integer(let values, _): sqlite3_bind_int64(handle, position, values[row])
                case .decimal(let values, _):
                    if values[row].isFinite {
                        sqlite3_bind_double(handle, position, values[row])
                    } else {
                        sqlite3_bind_null(handle, position)
                    }
                case .boolean(let values, _): sqlite3_bind_int64(handle, position, values[row] ? 1 : 0)
                case .time(let values, _):
                    timeText.removeAll(keepingCapacity: true)
                    timeText.append(isoTime: values[row])
                    bindText(timeText, at: position, of: handle)
                case .text(let values, _):
                    var text = values[row]
                    text.withUTF8 { bindText($0, at: position, of: handle) }
                }
            }
            guard sqlite3_step(handle) == SQLITE_DONE else {
                throw RapportError(Words.exportSQLiteFailed(db.lastErrorMessage ?? "SQLite error"))
            }
            sqlite3_reset(handle)
        }
    }

    /// Tells SQLite to copy the bytes, which the caller may reuse at once.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Binds UTF-8 bytes as text to a parameter of a statement.
    private static func bindText<Bytes: Collection>(_ bytes: Bytes, at position: Int32, of handle: OpaquePointer)
        where Bytes.Element == UInt8 {
        _ = bytes.withContiguousStorageIfAvailable { buffer in
            // Bit pattern 1 is not null: SQLite reads no byte of an empty text, but wants a pointer that is not null.
            sqlite3_bind_text(handle, position, UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                .assumingMemoryBound(to: CChar.self), Int32(buffer.count), transient)
        }
    }

    /// The SQL type a rapport column type is declared as.
    static func sqlType(_ type: ColumnType) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .decimal: return "REAL"
        case .boolean: return "BOOLEAN"
        case .time, .text: return "TEXT"
        }
    }

    /// An SQL identifier in double quotes, inner quotes doubled.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
