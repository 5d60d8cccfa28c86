/// Turns UTF-16 text (little- or big-endian, with or without a byte-order mark) into UTF-8 bytes.
enum UTF16Decoder {
    /// Whether the bytes start with a UTF-16 byte-order mark, and which: true for little-endian.
    static func byteOrder(of bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return true }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return false }
        return nil
    }

    /// The text as UTF-8 without a byte-order mark; without a mark, little-endian is assumed;
    /// unpaired surrogates become U+FFFD.
    static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let mark = byteOrder(of: bytes)
        let little = mark ?? true
        let start = mark == nil ? 0 : 2
        let units = (bytes.count - start) / 2
        var output: [UInt8] = []
        output.reserveCapacity(units * 3 / 2 + 16)
        var iterator = (0..<units).lazy.map { index -> UInt16 in
            let low = UInt16(bytes[start + 2 * index]), high = UInt16(bytes[start + 2 * index + 1])
            return little ? high << 8 | low : low << 8 | high
        }.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .error: UTF8.encode("\u{FFFD}") { output.append($0) }
            case .emptyInput: return output
            }
        }
    }
}
