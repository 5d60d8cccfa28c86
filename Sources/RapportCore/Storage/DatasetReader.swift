/// Parses the bytes of a dataset file into columns, checking every value against its column's type.
///
/// Keys may come in any order and unknown keys are skipped; a column's values are parsed in one
/// pass when its name and type came first (as rapport writes them), else skipped and parsed after.
struct DatasetReader {
    private var scanner: JSONScanner

    /// A reader at the start of the bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        scanner = JSONScanner(bytes)
    }

    /// What has been read of one column object so far.
    private struct ColumnParts {
        var name: String?
        var type: ColumnType?
        var role: ColumnRole?
        var data: ColumnData?
        var dictionary: [String]?
        var codes: ([UInt32], MissingMask)?
    }

    /// The whole dataset, given the name the manifest knows it by.
    mutating func read(name: String) throws(JSONFailure) -> Dataset {
        var format: String?
        var version: Int64?
        var rows: Int?
        var kind: String?
        var columns: [(column: Column, offset: Int)]?
        try scanner.expect(UInt8(ascii: "{"))
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                scanner.skipWhitespace()
                let keyOffset = scanner.index
                let key = try scanner.readString(else: Words.jsonExpectedKey)
                try scanner.expect(UInt8(ascii: ":"))
                scanner.skipWhitespace()
                switch key {
                case "format":
                    guard format == nil else { throw conflict(key, at: keyOffset) }
                    format = try scanner.readString(else: Words.datasetNotRapport)
                    guard format == "rapport-dataset" else { throw JSONFailure(offset: keyOffset, problem: Words.datasetNotRapport) }
                case "version":
                    guard version == nil else { throw conflict(key, at: keyOffset) }
                    let found = try scanner.readInteger(else: scanner.unexpected("a whole number").problem)
                    guard found <= DatasetCodec.formatVersion else {
                        throw JSONFailure(offset: keyOffset, problem: Words.datasetVersionTooNew(found, supported: DatasetCodec.formatVersion))
                    }
                    guard found >= 1 else { throw JSONFailure(offset: keyOffset, problem: Words.datasetNotRapport) }
                    version = found
                case "rows":
                    guard rows == nil else { throw conflict(key, at: keyOffset) }
                    let found = try scanner.readInteger(else: scanner.unexpected("a whole number").problem)
                    guard found >= 0 else { throw JSONFailure(offset: keyOffset, problem: Words.jsonBadNumber) }
                    rows = Int(found)
                case "kind":
                    kind = try readOptionalString()
                case "source":
                    _ = try readOptionalString()
                case "columns":
                    guard columns == nil else { throw conflict(key, at: keyOffset) }
                    // Room for no more rows than the file has bytes: a damaged count asked for exabytes.
                    columns = try readColumns(rowsHint: min(rows ?? 0, scanner.bytes.count))
                default:
                    try scanner.skipValue()
                }
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
        guard format != nil else { throw JSONFailure(offset: 0, problem: Words.datasetNotRapport) }
        guard version != nil else { throw JSONFailure(offset: 0, problem: Words.datasetMissingKey("version")) }
        guard let rows else { throw JSONFailure(offset: 0, problem: Words.datasetMissingKey("rows")) }
        guard let columns else { throw JSONFailure(offset: 0, problem: Words.datasetMissingKey("columns")) }
        for (column, offset) in columns where column.count != rows {
            throw JSONFailure(offset: offset, problem: Words.datasetRowsMismatch(column: column.name, found: column.count, rows: rows))
        }
        return Dataset(name: name, columns: columns.map(\.column), kind: kind.flatMap(DatasetKind.init(rawValue:)))
    }

    private func conflict(_ key: String, at offset: Int) -> JSONFailure {
        JSONFailure(offset: offset, problem: Words.datasetConflictingKey(key))
    }

    private mutating func readOptionalString() throws(JSONFailure) -> String? {
        if try scanner.consumeNull() { return nil }
        return try scanner.readString(else: scanner.unexpected("a string or null").problem)
    }

    private mutating func readColumns(rowsHint: Int) throws(JSONFailure) -> [(column: Column, offset: Int)] {
        var columns: [(column: Column, offset: Int)] = []
        try scanner.expect(UInt8(ascii: "["))
        if scanner.consume(UInt8(ascii: "]")) { return columns }
        repeat {
            scanner.skipWhitespace()
            let offset = scanner.index
            columns.append((try readColumn(rowsHint: rowsHint), offset))
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "]"))
        return columns
    }

    private mutating func readColumn(rowsHint: Int) throws(JSONFailure) -> Column {
        let objectStart = scanner.index
        var parts = ColumnParts()
        var deferred: [(key: String, offset: Int)] = []
        try scanner.expect(UInt8(ascii: "{"))
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                scanner.skipWhitespace()
                let keyOffset = scanner.index
                let key = try scanner.readString(else: Words.jsonExpectedKey)
                try scanner.expect(UInt8(ascii: ":"))
                scanner.skipWhitespace()
                switch key {
                case "name":
                    guard parts.name == nil else { throw conflict(key, at: keyOffset) }
                    parts.name = try scanner.readString(else: scanner.unexpected("a string").problem)
                case "type":
                    guard parts.type == nil else { throw conflict(key, at: keyOffset) }
                    let text = try scanner.readString(else: scanner.unexpected("a string").problem)
                    guard let type = ColumnType(rawValue: text) else {
                        throw JSONFailure(offset: keyOffset, problem: Words.datasetUnknownType(text))
                    }
                    parts.type = type
                case "role":
                    // A role rapport does not know (an older plugin's) reads as none.
                    parts.role = try readOptionalString().flatMap(ColumnRole.init(rawValue:))
                case "values", "dictionary", "codes":
                    if parts.name != nil && parts.type != nil && (key != "codes" || parts.dictionary != nil) {
                        try readPart(key, at: keyOffset, into: &parts, rowsHint: rowsHint)
                    } else {
                        deferred.append((key, keyOffset))
                        try scanner.skipValue()
                    }
                default:
                    try scanner.skipValue()
                }
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        guard let name = parts.name else { throw JSONFailure(offset: objectStart, problem: Words.datasetMissingKey("name")) }
        guard let type = parts.type else { throw JSONFailure(offset: objectStart, problem: Words.datasetMissingKey("type")) }
        if !deferred.isEmpty {
            let end = scanner.index
            for (key, offset) in deferred.sorted(by: { ($0.key == "dictionary" ? 0 : 1) < ($1.key == "dictionary" ? 0 : 1) }) {
                scanner.index = offset
                _ = try scanner.readString(else: Words.jsonExpectedKey)
                try scanner.expect(UInt8(ascii: ":"))
                try readPart(key, at: offset, into: &parts, rowsHint: rowsHint)
            }
            scanner.index = end
        }
        if let data = parts.data { return Column(name: name, role: parts.role, data: data) }
        guard type == .text else { throw JSONFailure(offset: objectStart, problem: Words.datasetMissingKey("values")) }
        guard let dictionary = parts.dictionary else {
            throw JSONFailure(offset: objectStart, problem: Words.datasetMissingKey(parts.codes == nil ? "values" : "dictionary"))
        }
        guard let codes = parts.codes else { throw JSONFailure(offset: objectStart, problem: Words.datasetMissingKey("codes")) }
        return Column(name: name, role: parts.role, data: .text(TextValues(pool: dictionary, codes: codes.0), codes.1))
    }

    /// Reads `values`, `dictionary` or `codes`, once the column's name and type (and for codes, the dictionary) are known.
    private mutating func readPart(_ key: String, at keyOffset: Int, into parts: inout ColumnParts,
                                   rowsHint: Int) throws(JSONFailure) {
        guard let name = parts.name, let type = parts.type else { return }
        let plainTaken = parts.data != nil
        let encodedTaken = parts.dictionary != nil || parts.codes != nil
        switch key {
        case "values":
            guard !plainTaken && !encodedTaken else { throw conflict(key, at: keyOffset) }
            parts.data = try readValues(type: type, column: name, rowsHint: rowsHint)
        case "dictionary":
            guard type == .text, !plainTaken, parts.dictionary == nil else { throw conflict(key, at: keyOffset) }
            let wrong = Words.datasetWrongValue(column: name, type: .text)
            let (pool, mask) = try readArray(rowsHint: 0, zero: "") { scanner throws(JSONFailure) in try scanner.readString(else: wrong) }
            guard !mask.hasAny else { throw JSONFailure(offset: keyOffset, problem: wrong) }
            guard Set(pool).count == pool.count else {
                throw JSONFailure(offset: keyOffset, problem: Words.datasetDuplicateDictionary(column: name))
            }
            parts.dictionary = pool
        default:
            guard type == .text, !plainTaken, parts.codes == nil, var pool = parts.dictionary else {
                throw conflict(key, at: keyOffset)
            }
            let size = pool.count
            let bad = Words.datasetBadCode(column: name, size: size)
            let (codes, mask) = try readArray(rowsHint: rowsHint, zero: UInt32.max) { scanner throws(JSONFailure) in
                let start = scanner.index
                let code = try scanner.readInteger(else: bad)
                guard code >= 0 && code < size else { throw JSONFailure(offset: start, problem: bad) }
                return UInt32(truncatingIfNeeded: code)
            }
            guard mask.hasAny else {
                parts.codes = (codes, mask)
                return
            }
            // Missing rows hold the empty string, as everywhere else in rapport.
            let emptyCode: UInt32
            if let index = pool.firstIndex(of: "") {
                emptyCode = UInt32(index)
            } else {
                emptyCode = UInt32(pool.count)
                pool.append("")
                parts.dictionary = pool
            }
            parts.codes = (codes.map { $0 == UInt32.max ? emptyCode : $0 }, mask)
        }
    }

    private mutating func readValues(type: ColumnType, column: String, rowsHint: Int) throws(JSONFailure) -> ColumnData {
        let wrong = Words.datasetWrongValue(column: column, type: type)
        switch type {
        case .integer:
            let (values, mask) = try readArray(rowsHint: rowsHint, zero: Int64(0)) { scanner throws(JSONFailure) in
                try scanner.readInteger(else: wrong)
            }
            return .integer(values, mask)
        case .decimal:
            let (values, mask) = try readArray(rowsHint: rowsHint, zero: 0.0) { scanner throws(JSONFailure) in
                try scanner.readNumber(else: wrong)
            }
            return .decimal(values, mask)
        case .boolean:
            let (values, mask) = try readArray(rowsHint: rowsHint, zero: false) { scanner throws(JSONFailure) in
                try scanner.readBool(else: wrong)
            }
            return .boolean(values, mask)
        case .time:
            let (values, mask) = try readArray(rowsHint: rowsHint, zero: Int64(0)) { scanner throws(JSONFailure) in
                try DatasetReader.readTime(&scanner, else: wrong)
            }
            return .time(values, mask)
        case .text:
            let (values, mask) = try readArray(rowsHint: rowsHint, zero: "") { scanner throws(JSONFailure) in
                try scanner.readString(else: wrong)
            }
            return .text(TextValues(plain: values), mask)
        }
    }

    /// Reads `[…]` of values or nulls; a null becomes `zero` and is marked missing.
    @inline(__always)
    private mutating func readArray<T>(rowsHint: Int, zero: T,
                                       _ element: (inout JSONScanner) throws(JSONFailure) -> T) throws(JSONFailure) -> ([T], MissingMask) {
        var values: [T] = []
        values.reserveCapacity(rowsHint)
        var mask = MissingMask()
        try scanner.expect(UInt8(ascii: "["))
        if scanner.consume(UInt8(ascii: "]")) { return (values, mask) }
        repeat {
            if try scanner.consumeNull() {
                mask.markMissing(values.count)
                values.append(zero)
            } else {
                values.append(try element(&scanner))
            }
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "]"))
        return (values, mask)
    }

    /// Reads a time string: the form rapport writes (`2025-01-01T12:00:00Z`) directly, any other through `ISOTime.parse`.
    @inline(__always)
    private static func readTime(_ scanner: inout JSONScanner, else wrong: Message) throws(JSONFailure) -> Int64 {
        scanner.skipWhitespace()
        let start = scanner.index
        let bytes = scanner.bytes
        if start + 22 <= bytes.count, bytes[start] == 0x22, bytes[start + 21] == 0x22, bytes[start + 20] == UInt8(ascii: "Z"),
           bytes[start + 5] == UInt8(ascii: "-"), bytes[start + 8] == UInt8(ascii: "-"), bytes[start + 11] == UInt8(ascii: "T"),
           bytes[start + 14] == UInt8(ascii: ":"), bytes[start + 17] == UInt8(ascii: ":") {
            func number(_ offset: Int, _ width: Int) -> Int64? {
                var value: Int64 = 0
                for position in (start + offset)..<(start + offset + width) {
                    let digit = bytes[position] &- 0x30
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int64(digit)
                }
                return value
            }
            if let year = number(1, 4), let month = number(6, 2), let day = number(9, 2), let hour = number(12, 2),
               let minute = number(15, 2), let second = number(18, 2),
               (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 {
                scanner.index = start + 22
                return ISOTime.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
            }
        }
        let text = try scanner.readString(else: wrong)
        guard let parsed = ISOTime.parse(Substring(text)) else { throw JSONFailure(offset: start, problem: wrong) }
        return parsed.seconds
    }
}
