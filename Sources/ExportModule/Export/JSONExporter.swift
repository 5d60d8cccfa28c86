import RapportCore

/// Writes JSON (one document with the provenance and each dataset's columns and rows) and NDJSON (one row per line).
enum JSONExporter {
    /// `{"provenance": {…}, "datasets": [{"name", "columns": [{"name", "type", "role"}], "rows": [{…}]}]}`.
    /// The bytes go to `emit` in chunks; `checkpoint` runs every 16,384 rows with the rows written since the last.
    static func document(_ datasets: [Dataset], provenance: Provenance, checkpoint: (_ rows: Int) throws -> Void,
                         emit: ([UInt8]) throws -> Void) throws {
        var out = [UInt8].exportChunk()
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
                         ("role", column.role.map { .string($0.rawValue) } ?? .null)])
            })))
            out.append(ascii: ",\"rows\":[\n")
            let writer = JSONRowWriter(dataset)
            for row in 0..<writer.rowCount {
                if row & 0x3FFF == 0, row > 0 { try checkpoint(0x4000) }
                try out.emitIfFull(emit)
                if row > 0 { out.append(ascii: ",\n") }
                writer.appendRow(row, into: &out)
            }
            out.append(ascii: "\n]}")
        }
        out.append(ascii: "]}\n")
        try emit(out)
    }

    /// One JSON object per row and line, handed to `emit` in chunks; `checkpoint` as for `document`.
    static func lines(_ dataset: Dataset, checkpoint: (_ rows: Int) throws -> Void,
                      emit: ([UInt8]) throws -> Void) throws {
        var out = [UInt8].exportChunk()
        let writer = JSONRowWriter(dataset)
        for row in 0..<writer.rowCount {
            if row & 0x3FFF == 0, row > 0 { try checkpoint(0x4000) }
            try out.emitIfFull(emit)
            writer.appendRow(row, into: &out)
            out.append(UInt8(ascii: "\n"))
        }
        try emit(out)
    }
}
