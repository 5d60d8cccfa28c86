import RapportCore

/// Reads JSON or NDJSON rows of objects into typed columns.
///
/// JSON is an array of objects, or an object holding exactly one array (Graph API style
/// `{"data": [...], "paging": {...}}`); NDJSON is one object per line, blank lines skipped.
/// Keys become columns in first-seen order across all rows; nested objects flatten to
/// dotted names (`insights.reach`); arrays are stored as their compact JSON text; null and
/// absent keys are missing. Columns of one JSON kind keep it; text columns are typed like CSV columns.
public enum JSONTableReader {
    /// The columns of the rows in `buffer`, the key of the wrapping object's array when rows came from one, and per
    /// column how many texts `""` or `"-"` were read as missing; a table of more cells than `memory` (by default what
    /// `RAPPORT_MEMORY_LIMIT` or the machine allows) has room for is refused.
    public static func read(bytes buffer: UnsafeBufferPointer<UInt8>, fileName: String, lines: Bool,
                            memory: MemoryBudget.Memory? = nil) throws
        -> (columns: [Column], arrayKey: String?, missingTexts: [(column: String, count: Int)]) {
        let memory = try memory ?? MemoryBudget.available()
        var scanner = JSONScanner(buffer)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        let columns = JSONColumns(memory: memory)
        let key: String?
        do {
            key = lines ? try readLines(&scanner, into: columns) : try readDocument(&scanner, into: columns)
        } catch let failure as JSONFailure {
            throw RapportError(failure.problem, at: failure.position(file: fileName, in: buffer))
        }
        let typed = try columns.columns(file: fileName)
        return (typed.columns, key, typed.missingTexts)
    }

    /// One object per line; returns nil as there is no wrapping key.
    private static func readLines(_ scanner: inout JSONScanner, into columns: JSONColumns) throws(JSONFailure) -> String? {
        while !scanner.atEnd() {
            try readRow(&scanner, into: columns)
            while scanner.peek() == 0x20 || scanner.peek() == 0x09 || scanner.peek() == 0x0D { scanner.index += 1 }
            guard scanner.index == scanner.bytes.count || scanner.peek() == 0x0A else {
                throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing)
            }
        }
        return nil
    }

    /// A whole document: an array of rows, or an object wrapping one; returns the wrapping key.
    private static func readDocument(_ scanner: inout JSONScanner, into columns: JSONColumns) throws(JSONFailure) -> String? {
        scanner.skipWhitespace()
        var key: String?
        switch scanner.peek() {
        case UInt8(ascii: "["): try readRows(&scanner, into: columns)
        case UInt8(ascii: "{"): key = try readWrapper(&scanner, into: columns)
        case 0 where scanner.index == scanner.bytes.count: throw JSONFailure(offset: scanner.index, problem: Words.jsonUnexpectedEnd)
        default: throw JSONFailure(offset: scanner.index, problem: Words.jsonNoRows)
        }
        guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
        return key
    }

    /// The rows of an object's one array property; other properties are checked and ignored.
    private static func readWrapper(_ scanner: inout JSONScanner, into columns: JSONColumns) throws(JSONFailure) -> String {
        let start = scanner.index
        try scanner.expect(UInt8(ascii: "{"))
        var found: String?
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                let key = try scanner.readString(else: Words.jsonExpectedKey)
                try scanner.expect(UInt8(ascii: ":"))
                scanner.skipWhitespace()
                guard scanner.peek() == UInt8(ascii: "[") else {
                    try scanner.skipValue(depth: 1)
                    continue
                }
                if let found { throw JSONFailure(offset: scanner.index, problem: Words.jsonSeveralArrays([found, key])) }
                found = key
                try readRows(&scanner, into: columns)
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        guard let found else { throw JSONFailure(offset: start, problem: Words.jsonNoRows) }
        return found
    }

    /// An array of row objects.
    private static func readRows(_ scanner: inout JSONScanner, into columns: JSONColumns) throws(JSONFailure) {
        try scanner.expect(UInt8(ascii: "["))
        if scanner.consume(UInt8(ascii: "]")) { return }
        repeat {
            try readRow(&scanner, into: columns)
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "]"))
    }

    /// One row object; anything else is a failure naming the row.
    private static func readRow(_ scanner: inout JSONScanner, into columns: JSONColumns) throws(JSONFailure) {
        scanner.skipWhitespace()
        guard scanner.peek() == UInt8(ascii: "{") else {
            throw JSONFailure(offset: scanner.index, problem: Words.jsonRowNotObject(columns.rows + 1))
        }
        try JSONRowReader.read(&scanner, into: columns)
        columns.endRow()
    }
}
