import RapportCore

/// Parses one JSON text into a `JSONValue`, strictly (RFC 8259), reusing the byte-level `JSONScanner`.
enum JSONValueReader {
    /// The value the whole text holds; throws the scanner's failure (with a byte offset) for anything else.
    static func value(of text: String) throws(JSONFailure) -> JSONValue {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(JSONFailure) -> JSONValue in
            var scanner = JSONScanner(UnsafeBufferPointer(buffer))
            let value = try readValue(&scanner, depth: 0)
            guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
            return value
        }
    }

    /// One value at the scanner's position.
    private static func readValue(_ scanner: inout JSONScanner, depth: Int) throws(JSONFailure) -> JSONValue {
        scanner.skipWhitespace()
        guard depth < JSONScanner.maximumDepth else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTooDeep) }
        switch scanner.peek() {
        case UInt8(ascii: "\""):
            return .string(try scanner.readString(else: Words.jsonExpectedValue))
        case UInt8(ascii: "{"):
            scanner.index += 1
            var pairs: [(String, JSONValue)] = []
            if scanner.consume(UInt8(ascii: "}")) { return .object(pairs) }
            repeat {
                scanner.skipWhitespace()
                let key = try scanner.readString(else: Words.jsonExpectedKey)
                try scanner.expect(UInt8(ascii: ":"))
                pairs.append((key, try readValue(&scanner, depth: depth + 1)))
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
            return .object(pairs)
        case UInt8(ascii: "["):
            scanner.index += 1
            var values: [JSONValue] = []
            if scanner.consume(UInt8(ascii: "]")) { return .array(values) }
            repeat {
                values.append(try readValue(&scanner, depth: depth + 1))
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "]"))
            return .array(values)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try scanner.readBool(else: Words.jsonExpectedValue))
        case UInt8(ascii: "n"):
            _ = try scanner.consumeNull()
            return .null
        case UInt8(ascii: "-"), 0x30...0x39:
            let start = scanner.index
            if let whole = try? scanner.readInteger(else: Words.jsonExpectedValue) { return .integer(whole) }
            scanner.index = start
            return .number(try scanner.readNumber(else: Words.jsonExpectedValue))
        default:
            throw scanner.unexpected("a value")
        }
    }
}
