/// Reads JSON tokens straight from bytes, checking the grammar strictly (RFC 8259) and never trapping.
///
/// The scanner owns no memory: it walks a buffer the caller keeps alive. Every problem is thrown
/// as a `JSONFailure` carrying the byte offset; nothing here counts lines.
public struct JSONScanner {
    /// The bytes being read.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    public var index = 0
    /// Reused room for decoding strings with escapes.
    private var scratch: [UInt8] = []

    /// The deepest nesting `skipValue` accepts.
    public static let maximumDepth = 256

    /// A scanner at the start of the bytes.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next byte, or 0 at the end (0 never starts a valid token).
    @inline(__always) public func peek() -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// Whether only whitespace is left.
    public mutating func atEnd() -> Bool {
        skipWhitespace()
        return index >= bytes.count
    }

    /// Moves past spaces, tabs and line breaks.
    @inline(__always) public mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// The failure "expected …, found …" at the current byte.
    public func unexpected(_ expected: String) -> JSONFailure {
        guard index < bytes.count else { return JSONFailure(offset: index, problem: Words.jsonUnexpectedEnd) }
        let byte = bytes[index]
        let found = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
        return JSONFailure(offset: index, problem: Words.jsonUnexpected(found, expected: expected))
    }

    /// The failure for a value of the wrong kind at the current byte, or for the end of the bytes.
    func mismatch(_ problem: Message) -> JSONFailure {
        JSONFailure(offset: index, problem: index < bytes.count ? problem : Words.jsonUnexpectedEnd)
    }

    /// Skips whitespace and consumes `byte` if it comes next.
    @inline(__always) public mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips whitespace and consumes `byte`, or fails.
    @inline(__always) public mutating func expect(_ byte: UInt8) throws(JSONFailure) {
        guard consume(byte) else { throw unexpected("'\(Character(Unicode.Scalar(byte)))'") }
    }

    /// Consumes `null` when it comes next (after whitespace); false when something else does.
    @inline(__always) public mutating func consumeNull() throws(JSONFailure) -> Bool {
        skipWhitespace()
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Consumes `true` or `false`, or fails with `problem`.
    public mutating func readBool(else problem: Message) throws(JSONFailure) -> Bool {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw mismatch(problem)
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONFailure) {
        let start = index
        for offset in 0..<word.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == word.utf8Start[offset] else {
                index = start
                throw unexpected("'\(word)'")
            }
            index += 1
        }
    }

    /// Reads a whole number; fails with `problem` when the value is not a number or has a fraction or exponent.
    @inline(__always) public mutating func readInteger(else problem: Message) throws(JSONFailure) -> Int64 {
        skipWhitespace()
        let start = index
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let first = peek()
        guard first >= 0x30 && first <= 0x39 else {
            index = start
            throw mismatch(problem)
        }
        var magnitude: UInt64 = 0
        var overflow = false
        if first == 0x30 {
            index += 1
        } else {
            while index < bytes.count {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { break }
                let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(UInt64(digit))
                overflow = overflow || o1 || o2
                magnitude = sum
                index += 1
            }
        }
        let next = peek()
        if next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            throw JSONFailure(offset: start, problem: problem)
        }
        if next >= 0x30 && next <= 0x39 { throw JSONFailure(offset: start, problem: Words.jsonBadNumber) }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard !overflow, magnitude <= limit else { throw JSONFailure(offset: start, problem: Words.jsonNumberOutOfRange) }
        return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    /// Reads any JSON number as a finite double; fails with `problem` when no number comes next.
    @inline(__always) public mutating func readNumber(else problem: Message) throws(JSONFailure) -> Double {
        skipWhitespace()
        let start = index
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard peek() >= 0x30 && peek() <= 0x39 else {
            index = start
            throw mismatch(problem)
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        if peek() == 0x30 {
            index += 1
            if peek() >= 0x30 && peek() <= 0x39 { throw JSONFailure(offset: start, problem: Words.jsonBadNumber) }
        } else {
            while index < bytes.count, case let digit = bytes[index] &- 0x30, digit < 10 {
                if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significant += 1
                } else {
                    exponent &+= 1
                    significant += 1
                }
                index += 1
            }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard peek() >= 0x30 && peek() <= 0x39 else { throw unexpected("a digit") }
            while index < bytes.count, case let digit = bytes[index] &- 0x30, digit < 10 {
                if mantissa == 0 && digit == 0 {
                    exponent &-= 1
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significant += 1
                    exponent &-= 1
                } else {
                    significant += 1
                }
                index += 1
            }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                exponentNegative = peek() == UInt8(ascii: "-")
                index += 1
            }
            guard peek() >= 0x30 && peek() <= 0x39 else { throw unexpected("a digit") }
            var written = 0
            while index < bytes.count, case let digit = bytes[index] &- 0x30, digit < 10 {
                if written < 100_000 { written = written &* 10 &+ Int(digit) }
                index += 1
            }
            exponent &+= exponentNegative ? -written : written
        }
        if significant <= 15 && exponent >= -22 && exponent <= 22 {
            // Both factors are exact doubles, so one operation rounds correctly (Clinger's fast path).
            var value = Double(mantissa)
            value = exponent < 0 ? value / PowersOfTen.exact[-exponent] : value * PowersOfTen.exact[exponent]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONFailure(offset: start, problem: Words.jsonNumberOutOfRange)
        }
        return value
    }

    /// Reads a string, decoding escapes (surrogate pairs included) and checking UTF-8; fails with `problem` when none comes next.
    @inline(__always) public mutating func readString(else problem: Message) throws(JSONFailure) -> String {
        skipWhitespace()
        guard peek() == UInt8(ascii: "\"") else { throw mismatch(problem) }
        index += 1
        let start = index
        var highBits: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if highBits < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw JSONFailure(offset: start - 1, problem: Words.jsonInvalidUTF8)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw JSONFailure(offset: index, problem: Words.jsonControlCharacter) }
            highBits |= byte
            index += 1
        }
        throw JSONFailure(offset: index, problem: Words.jsonUnexpectedEnd)
    }

    private mutating func readEscapedString(from start: Int) throws(JSONFailure) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let runStart = index
            while index < bytes.count, case let byte = bytes[index], byte >= 0x20, byte != 0x22, byte != 0x5C { index += 1 }
            if index > runStart { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard let text = String(validating: scratch, as: UTF8.self) else {
                    throw JSONFailure(offset: start - 1, problem: Words.jsonInvalidUTF8)
                }
                return text
            }
            if byte < 0x20 { throw JSONFailure(offset: index, problem: Words.jsonControlCharacter) }
            let escapeStart = index
            index += 1
            switch peek() {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                index += 1
                var value = try hexQuad(escapeStart)
                if value >= 0xD800 && value < 0xDC00 {
                    guard peek() == UInt8(ascii: "\\") else { throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape) }
                    index += 1
                    guard peek() == UInt8(ascii: "u") else { throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape) }
                    index += 1
                    let low = try hexQuad(escapeStart)
                    guard low >= 0xDC00 && low < 0xE000 else { throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape) }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else if value >= 0xDC00 && value < 0xE000 {
                    throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape)
                }
                guard let scalar = Unicode.Scalar(value) else { throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape) }
                scratch.append(contentsOf: Character(scalar).utf8)
                continue
            default:
                throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape)
            }
            index += 1
        }
        throw JSONFailure(offset: index, problem: Words.jsonUnexpectedEnd)
    }

    private mutating func hexQuad(_ escapeStart: Int) throws(JSONFailure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = peek()
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw JSONFailure(offset: escapeStart, problem: Words.jsonBadEscape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Moves past one value of any kind, checking its grammar.
    public mutating func skipValue(depth: Int = 0) throws(JSONFailure) {
        skipWhitespace()
        guard depth < JSONScanner.maximumDepth else { throw JSONFailure(offset: index, problem: Words.jsonTooDeep) }
        let value = Words.jsonExpectedValue
        switch peek() {
        case UInt8(ascii: "\""):
            _ = try readString(else: value)
        case UInt8(ascii: "{"):
            index += 1
            if consume(UInt8(ascii: "}")) { return }
            repeat {
                _ = try readString(else: Words.jsonExpectedKey)
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            index += 1
            if consume(UInt8(ascii: "]")) { return }
            repeat {
                try skipValue(depth: depth + 1)
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool(else: value)
        case UInt8(ascii: "n"):
            _ = try consumeNull()
        case UInt8(ascii: "-"), 0x30...0x39:
            _ = try readNumber(else: value)
        default:
            throw unexpected("a value")
        }
    }
}
