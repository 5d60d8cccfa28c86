import Foundation
import GRDB
import RapportCore

/// Writes datasets into an SQLite database: one table per dataset with SQL column types (INTEGER, REAL,
/// BOOLEAN as 0/1, TEXT; times as ISO 8601 text in UTC, which SQLite's date functions read), plus
/// `rapport_columns` (each column's rapport type and role) and `rapport_provenance` (key, value).
enum SQLiteExporter {
    /// The database file's bytes, built in a temporary file that is removed afterwards.
    static func bytes(_ datasets: [Dataset], provenance: ExportProvenance,
                      checkpoint: () throws -> Void) throws -> Data {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-export-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE rapport_provenance (key TEXT NOT NULL, value TEXT NOT NULL)")
                for (key, value) in provenance.pairs {
                    try db.execute(sql: "INSERT INTO rapport_provenance VALUES (?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "CREATE TABLE rapport_columns (dataset TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, role TEXT)")
                for dataset in datasets {
                    for column in dataset.columns {
                        try db.execute(sql: "INSERT INTO rapport_columns VALUES (?, ?, ?, ?)",
                                       arguments: [dataset.name, column.name, column.type.rawValue, column.role])
                    }
                    try insert(dataset, into: db, checkpoint: checkpoint)
                }
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw RapportError(Words.exportSQLiteFailed(error.message ?? error.description))
        }
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw RapportError(Words.cannotRead(temporary, String(cString: strerror(errno))))
        }
        return data
    }

    /// Creates the dataset's table and inserts its rows with one prepared statement.
    private static func insert(_ dataset: Dataset, into db: Database, checkpoint: () throws -> Void) throws {
        let definitions = dataset.columns.map { quoted($0.name) + " " + sqlType($0.type) }
        try db.execute(sql: "CREATE TABLE \(quoted(dataset.name)) (\(definitions.joined(separator: ", ")))")
        guard !dataset.columns.isEmpty else { return }
        let placeholders = Array(repeating: "?", count: dataset.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(quoted(dataset.name)) VALUES (\(placeholders))")
        var values: [DatabaseValue] = Array(repeating: .null, count: dataset.columns.count)
        for row in 0..<dataset.rowCount {
            if row & 0x3FFF == 0 { try checkpoint() }
            for (index, column) in dataset.columns.enumerated() {
                values[index] = databaseValue(column.data[row])
            }
            try statement.execute(arguments: StatementArguments(values))
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

    private static func databaseValue(_ cell: Cell) -> DatabaseValue {
        switch cell {
        case .missing: return .null
        case .integer(let value): return value.databaseValue
        case .decimal(let value): return value.isFinite ? value.databaseValue : .null
        case .boolean(let value): return (value ? 1 : 0).databaseValue
        case .time(let seconds): return ISOTime.format(seconds).databaseValue
        case .text(let value): return value.databaseValue
        }
    }

    /// An SQL identifier in double quotes, inner quotes doubled.
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
