/// The character encodings import reads; text in any of them is turned into UTF-8 before parsing.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1252 = "windows-1252"

    /// How many leading bytes decide between UTF-8 and Windows-1252, so that UTF-8 files (the common
    /// case) are not read twice.
    static let probeLength = 1 << 20

    /// The encoding of `bytes`: UTF-16 when they start with its byte-order mark, Windows-1252 when their
    /// first `probeLength` bytes are not valid UTF-8, else UTF-8.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        if UTF16Decoder.byteOrder(of: bytes) != nil { return .utf16 }
        let probe = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, probeLength)])
        guard let invalid = firstInvalidUTF8(probe) else { return .utf8 }
        // A character cut in two by the probe's end is no sign of another encoding.
        let cutAtEnd = probe.count < bytes.count && invalid > probe.count - 4
        return cutAtEnd ? .utf8 : .windows1252
    }

    /// The offset of the first byte that breaks UTF-8, or nil when the bytes are well-formed;
    /// runs of ASCII are passed eight bytes at a time.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = base[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length where base[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
