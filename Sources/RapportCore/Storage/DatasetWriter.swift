/// Writes the JSON bytes of a dataset file straight into byte buffers, column by column and piece by piece.
enum DatasetWriter {
    /// The file's bytes.
    static func bytes(of dataset: Dataset, source: String? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        chunks(of: dataset, source: source, progress: nil) { bytes += $0 }
        return bytes
    }

    /// The file's bytes in pieces, in order: the header, each column in pieces of `pieceRows` rows, then the end;
    /// so that writing one piece goes on while the next is encoded, and no buffer holds a whole column. `source` is the
    /// command line that made it, for people reading the file alone; `progress` counts each piece's values.
    static func chunks(of dataset: Dataset, source: String? = nil, progress: ProgressMeter?,
                       _ emit: ([UInt8]) throws -> Void) rethrows {
        try emit(encode(limit: 256 + textLimit(dataset.kind?.rawValue) + textLimit(source)) { sink in
            sink.append("{\"format\":\"rapport-dataset\",\"version\":")
            sink.reserve(20)
            sink.putInteger(Int64(DatasetCodec.formatVersion))
            sink.append(",\"rows\":")
            sink.reserve(20)
            sink.putInteger(Int64(dataset.rowCount))
            sink.append(",\"kind\":")
            writeOptional(dataset.kind?.rawValue, into: &sink)
            sink.append(",\"source\":")
            writeOptional(source, into: &sink)
            sink.append(",\"columns\":[")
        })
        for (index, column) in dataset.columns.enumerated() {
            let pieces = max(1, (column.count + pieceRows - 1) / pieceRows)
            for piece in 0..<pieces {
                let rows = piece * pieceRows..<min(column.count, (piece + 1) * pieceRows)
                let isFirst = piece == 0, isLast = piece == pieces - 1
                try emit(encode(limit: sizeLimit(of: column, rows: rows, withHeader: isFirst)) { sink in
                    if isFirst {
                        sink.append(index == 0 ? "\n{\"name\":" : ",\n{\"name\":")
                        writeString(column.name, into: &sink)
                        sink.append(",\"type\":\"")
                        var type = column.type.rawValue
                        type.withUTF8 { sink.append($0) }
                        sink.append("\",\"role\":")
                        writeOptional(column.role?.rawValue, into: &sink)
                        writeOpening(column.data, into: &sink)
                    }
                    writeValues(column.data, rows: rows, into: &sink)
                    if isLast { sink.append("]}") }
                })
                progress?.advance(by: rows.count)
            }
        }
        try emit(Array("\n]}\n".utf8))
    }

    /// Rows per piece of a column: small enough that writing one piece overlaps with encoding the next and that the
    /// buffers are reused rather than freshly mapped, large enough that the pieces cost nothing to hand over.
    static let pieceRows = 131_072

    /// Bytes written by `body` into a buffer of at most `limit` bytes: untouched pages of the buffer cost no
    /// memory, so a generous bound saves a pass over the data and any copying.
    private static func encode(limit: Int, _ body: (inout ByteSink) -> Void) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            var sink = ByteSink(buffer)
            body(&sink)
            count = sink.count
        }
    }

    /// The most bytes a JSON string of this text can take.
    private static func textLimit(_ value: String?) -> Int { (value?.utf8.count ?? 0) * 6 + 8 }

    /// The most bytes the given rows of a column can take, with the column's header and dictionary when asked.
    private static func sizeLimit(of column: Column, rows: Range<Int>, withHeader: Bool) -> Int {
        var limit = 64 + rows.count + 32
        if withHeader { limit += textLimit(column.name) + textLimit(column.role?.rawValue) }
        switch column.data {
        case .integer: limit += rows.count * 20
        case .decimal: limit += rows.count * 24
        case .boolean: limit += rows.count * 5
        case .time: limit += rows.count * 22
        case .text(let values, _):
            if values.isEncoded {
                limit += rows.count * 10
                if withHeader { for value in values.pool { limit += textLimit(value) } }
            } else {
                for row in rows { limit += textLimit(values.pool[row]) }
            }
        }
        return limit
    }

    /// Writes what comes between a column's role and its first value: the key of the values (and a text column's
    /// dictionary).
    private static func writeOpening(_ data: ColumnData, into sink: inout ByteSink) {
        if case .text(let text, _) = data, text.isEncoded {
            sink.append(",\"dictionary\":[")
            for (index, value) in text.pool.enumerated() {
                if index > 0 { sink.append(",") }
                writeString(value, into: &sink)
            }
            sink.append("],\"codes\":[")
        } else {
            sink.append(",\"values\":[")
        }
    }

    /// Writes the values of the given rows, each preceded by a comma but the column's first.
    private static func writeValues(_ data: ColumnData, rows: Range<Int>, into sink: inout ByteSink) {
        switch data {
        case .integer(let values, let mask):
            writeArray(values, mask, rows, into: &sink) { value, sink in sink.putInteger(value) }
        case .decimal(let values, let mask):
            writeArray(values, mask, rows, into: &sink) { value, sink in
                guard value.isFinite else {
                    sink.append("null")
                    return
                }
                var text = value.description
                text.withUTF8 { sink.append($0) }
            }
        case .boolean(let values, let mask):
            writeArray(values, mask, rows, into: &sink) { value, sink in sink.append(value ? "true" : "false") }
        case .time(let values, let mask):
            writeArray(values, mask, rows, into: &sink) { value, sink in writeTime(value, into: &sink) }
        case .text(let text, let mask):
            if let codes = text.codes {
                writeArray(codes, mask, rows, into: &sink) { code, sink in sink.putInteger(Int64(code)) }
            } else {
                writeArray(text.pool, mask, rows, into: &sink) { value, sink in writeString(value, into: &sink) }
            }
        }
    }

    /// Writes the elements of `rows`: each value, or null where the mask says missing.
    @inline(__always)
    private static func writeArray<T>(_ values: [T], _ mask: MissingMask, _ rows: Range<Int>, into sink: inout ByteSink,
                                      _ element: (T, inout ByteSink) -> Void) {
        let hasMissing = mask.hasAny
        for row in rows {
            sink.reserve(25)
            if row > 0 { sink.put(UInt8(ascii: ",")) }
            if hasMissing && mask.isMissing(row) {
                sink.append("null")
            } else {
                element(values[row], &sink)
            }
        }
    }

    /// Writes `YYYY-MM-DDTHH:MM:SSZ`; a time outside the years 0000–9999 cannot be written in that form and becomes null.
    private static func writeTime(_ seconds: Int64, into sink: inout ByteSink) {
        let (days, secondsOfDay) = ISOTime.divideFloor(seconds, 86_400)
        let (year, month, day) = ISOTime.civil(fromDays: days)
        guard (0...9999).contains(year) else {
            sink.append("null")
            return
        }
        sink.reserve(22)
        sink.put(UInt8(ascii: "\""))
        putDigits(year, 4, into: &sink)
        sink.put(UInt8(ascii: "-"))
        putDigits(month, 2, into: &sink)
        sink.put(UInt8(ascii: "-"))
        putDigits(day, 2, into: &sink)
        sink.put(UInt8(ascii: "T"))
        putDigits(secondsOfDay / 3600, 2, into: &sink)
        sink.put(UInt8(ascii: ":"))
        putDigits(secondsOfDay % 3600 / 60, 2, into: &sink)
        sink.put(UInt8(ascii: ":"))
        putDigits(secondsOfDay % 60, 2, into: &sink)
        sink.put(UInt8(ascii: "Z"))
        sink.put(UInt8(ascii: "\""))
    }

    @inline(__always) private static func putDigits(_ value: Int64, _ width: Int, into sink: inout ByteSink) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            sink.put(UInt8(truncatingIfNeeded: rest / divisor) + 0x30)
            rest %= divisor
            divisor /= 10
        }
    }

    private static func writeOptional(_ text: String?, into sink: inout ByteSink) {
        if let text {
            writeString(text, into: &sink)
        } else {
            sink.append("null")
        }
    }

    /// Writes a JSON string: UTF-8 as is, with `"` `\` and control characters escaped.
    @inline(__always) static func writeString(_ text: String, into sink: inout ByteSink) {
        var text = text
        text.withUTF8 { utf8 in
            sink.reserve(utf8.count * 6 + 2)
            sink.put(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    sink.put(byte)
                    continue
                }
                sink.put(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: sink.put(0x22)
                case 0x5C: sink.put(0x5C)
                case 0x0A: sink.put(UInt8(ascii: "n"))
                case 0x0D: sink.put(UInt8(ascii: "r"))
                case 0x09: sink.put(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    sink.put(UInt8(ascii: "u"))
                    sink.put(0x30)
                    sink.put(0x30)
                    sink.put(hex[Int(byte >> 4)])
                    sink.put(hex[Int(byte & 0x0F)])
                }
            }
            sink.put(UInt8(ascii: "\""))
        }
    }
}
