import RapportCore

/// Writes the rows of a dataset as JSON objects, one per row, with typed values and missing as null.
struct JSONRowWriter {
    private let keys: [[UInt8]]
    private let columns: [PreparedColumn]
    private let masks: [MissingMask]
    /// The number of rows.
    let rowCount: Int

    /// A writer for a dataset's rows.
    init(_ dataset: Dataset) {
        keys = dataset.columns.map { column in
            var key: [UInt8] = []
            JSONWriter.appendString(column.name, into: &key)
            key.append(UInt8(ascii: ":"))
            return key
        }
        columns = dataset.columns.map { PreparedColumn($0.data) { JSONWriter.appendString($0, into: &$1) } }
        masks = dataset.columns.map { $0.data.missing }
        rowCount = dataset.rowCount
    }

    /// Appends `{"column":value,…}` for one row.
    func appendRow(_ row: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for index in columns.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: keys[index])
            if masks[index].isMissing(row) {
                out.append(ascii: "null")
                continue
            }
            switch columns[index] {
            case .integer(let values): out.append(integer: values[row])
            case .decimal(let values):
                if values[row].isFinite { out.append(decimal: values[row]) } else { out.append(ascii: "null") }
            case .boolean(let values): out.append(ascii: values[row] ? "true" : "false")
            case .time(let values):
                out.append(UInt8(ascii: "\""))
                out.append(isoTime: values[row])
                out.append(UInt8(ascii: "\""))
            case .encodedText(let strings, let codes): out.append(contentsOf: strings[Int(codes[row])])
            case .plainText(let values): JSONWriter.appendString(values[row], into: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }
}
