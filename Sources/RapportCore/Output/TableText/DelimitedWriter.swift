import Foundation

/// Writes a dataset as CSV or TSV per RFC 4180: a header line, CRLF line ends, fields quoted when they hold
/// the delimiter, a quote or a line break, missing (and non-finite) values as empty fields and formula-like texts neutralised.
public enum DelimitedWriter {
    /// Hands the file's bytes to `emit` in chunks; `checkpoint` runs every 16,384 rows with the rows written since
    /// the last, so a long export can be interrupted and its progress shown.
    public static func write(_ dataset: Dataset, dialect: DelimitedDialect, timeZone: TimeZone,
                             checkpoint: (_ rows: Int) throws -> Void, emit: ([UInt8]) throws -> Void) rethrows {
        var out = [UInt8].exportChunk()
        if dialect.writesByteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for (index, column) in dataset.columns.enumerated() {
            if index > 0 { out.append(dialect.delimiter) }
            appendField(column.name, dialect: dialect, into: &out)
        }
        out.append(ascii: "\r\n")
        let columns = dataset.columns.map { PreparedColumn($0.data) { appendField($0, dialect: dialect, into: &$1) } }
        let masks = dataset.columns.map { $0.data.missing }
        let localTime = LocalTime(timeZone: timeZone)
        for row in 0..<dataset.rowCount {
            if row & 0x3FFF == 0, row > 0 { try checkpoint(0x4000) }
            try out.emitIfFull(emit)
            for index in columns.indices {
                if index > 0 { out.append(dialect.delimiter) }
                if masks[index].isMissing(row) { continue }
                switch columns[index] {
                case .integer(let values): out.append(integer: values[row])
                case .decimal(let values):
                    if values[row].isFinite { out.append(decimal: values[row], separator: dialect.decimalSeparator) }
                case .boolean(let values): out.append(ascii: values[row] ? dialect.trueText : dialect.falseText)
                case .time(let values):
                    if dialect.writesLocalGermanTimes {
                        out.append(germanTime: localTime.local(values[row]))
                    } else {
                        out.append(isoTime: values[row])
                    }
                case .encodedText(let fields, let codes): out.append(contentsOf: fields[Int(codes[row])])
                case .plainText(let values): appendField(values[row], dialect: dialect, into: &out)
                }
            }
            out.append(ascii: "\r\n")
        }
        try emit(out)
    }


    /// Whether a byte forces the field into quotes: the delimiter, a quote or a line break.
    @inline(__always) private static func needsQuotes(_ byte: UInt8, delimiter: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Appends one text field: neutralised when it looks like a formula, quoted when it must be.
    static func appendField(_ text: String, dialect: DelimitedDialect, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let guarded = FormulaGuard.needsPrefix(bytes)
            let quoted = bytes.contains { needsQuotes($0, delimiter: dialect.delimiter) }
            if quoted { out.append(0x22) }
            if guarded { out.append(FormulaGuard.prefix) }
            if quoted {
                for byte in bytes {
                    if byte == 0x22 { out.append(0x22) }
                    out.append(byte)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
