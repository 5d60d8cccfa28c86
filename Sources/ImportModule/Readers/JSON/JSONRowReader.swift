import RapportCore

/// Reads one JSON object as a row: nested objects flatten to dotted names, arrays are kept as their compact JSON text.
enum JSONRowReader {
    /// Reads the object at the scanner (its `{` not yet read) into the current row of `columns`.
    static func read(_ scanner: inout JSONScanner, into columns: JSONColumns, prefix: String = "",
                     depth: Int = 0) throws(JSONFailure) {
        guard depth < JSONScanner.maximumDepth else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTooDeep) }
        try scanner.expect(UInt8(ascii: "{"))
        if scanner.consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try scanner.readString(else: Words.jsonExpectedKey)
            let name = prefix.isEmpty ? key : prefix + "." + key
            try scanner.expect(UInt8(ascii: ":"))
            scanner.skipWhitespace()
            switch scanner.peek() {
            case UInt8(ascii: "{"):
                try read(&scanner, into: columns, prefix: name, depth: depth + 1)
            case UInt8(ascii: "["):
                let start = scanner.index
                try scanner.skipValue(depth: depth + 1)
                columns.set(name, .text(compactText(UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.index]))))
            case UInt8(ascii: "\""):
                columns.set(name, .text(try scanner.readString(else: Words.jsonExpectedValue)))
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                columns.set(name, .boolean(try scanner.readBool(else: Words.jsonExpectedValue)))
            case UInt8(ascii: "n"):
                _ = try scanner.consumeNull()
                columns.set(name, .missing)
            default:
                columns.set(name, try number(&scanner))
            }
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "}"))
    }

    /// A number: an integer cell when it has no fraction or exponent and fits 64 bits, else a decimal cell.
    private static func number(_ scanner: inout JSONScanner) throws(JSONFailure) -> Cell {
        let start = scanner.index
        do {
            return .integer(try scanner.readInteger(else: Words.jsonExpectedValue))
        } catch {
            scanner.index = start
            return .decimal(try scanner.readNumber(else: Words.jsonExpectedValue))
        }
    }

    /// JSON text without the whitespace between tokens.
    private static func compactText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                continue
            }
            kept.append(byte)
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
