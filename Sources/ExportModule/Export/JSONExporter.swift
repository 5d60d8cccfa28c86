import RapportCore

/// Writes JSON (one document with the provenance and each dataset's columns and rows) and NDJSON (one row per line).
enum JSONExporter {
    /// `{"provenance": {…}, "datasets": [{"name", "columns": [{"name", "type", "role"}], "rows": [{…}]}]}`.
    static func document(_ datasets: [Dataset], provenance: ExportProvenance,
                         checkpoint: () throws -> Void) rethrows -> [UInt8] {
        var out: [UInt8] = []
        out.append(ascii: "{\"provenance\":")
        out.append(utf8: JSONWriter.string(provenance.json))
        out.append(ascii: ",\"datasets\":[")
        for (index, dataset) in datasets.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(ascii: "{\"name\":")
            out.append(utf8: JSONWriter.string(.string(dataset.name)))
            out.append(ascii: ",\"columns\":")
            out.append(utf8: JSONWriter.string(.array(dataset.columns.map { column in
                .object([("name", .string(column.name)), ("type", .string(column.type.rawValue)),
                         ("role", column.role.map(JSONValue.string) ?? .null)])
            })))
            out.append(ascii: ",\"rows\":[\n")
            let writer = JSONRowWriter(dataset)
            let sizeStart = out.count
            for row in 0..<writer.rowCount {
                if row & 0x3FFF == 0 { try checkpoint() }
                if row == Array.sizingSampleRows {
                    out.reserveForRemainingRows(written: out.count - sizeStart, rows: row, of: writer.rowCount)
                }
                if row > 0 { out.append(ascii: ",\n") }
                writer.appendRow(row, into: &out)
            }
            out.append(ascii: "\n]}")
        }
        out.append(ascii: "]}\n")
        return out
    }

    /// One JSON object per row and line.
    static func lines(_ dataset: Dataset, checkpoint: () throws -> Void) rethrows -> [UInt8] {
        var out: [UInt8] = []
        let writer = JSONRowWriter(dataset)
        for row in 0..<writer.rowCount {
            if row & 0x3FFF == 0 { try checkpoint() }
            if row == Array.sizingSampleRows { out.reserveForRemainingRows(written: out.count, rows: row, of: writer.rowCount) }
            writer.appendRow(row, into: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
