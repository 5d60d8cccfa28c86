/// The character encodings import reads; text in any of them is turned into UTF-8 before parsing.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1252 = "windows-1252"

    /// How many leading bytes are checked for valid UTF-8 when no encoding is given.
    static let probeLength = 1 << 20
    /// How many bytes are checked at each of the spots spread over the rest of the file.
    static let spotLength = 1 << 16
    /// How many spots beyond the first `probeLength` bytes are checked; UTF-8 files (the common case)
    /// are thus not read twice, while a Windows-1252 file with accents anywhere is still recognised.
    static let spots = 15

    /// The encoding of `bytes`: UTF-16 when they start with its byte-order mark, Windows-1252 when their
    /// first `probeLength` bytes or one of the `spots` are not valid UTF-8, else UTF-8.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        if UTF16Decoder.byteOrder(of: bytes) != nil { return .utf16 }
        if !validUTF8(bytes, from: 0, length: probeLength) { return .windows1252 }
        let rest = bytes.count - probeLength
        guard rest > 0 else { return .utf8 }
        for spot in 1...spots where !validUTF8(bytes, from: probeLength + rest / (spots + 1) * spot, length: spotLength) {
            return .windows1252
        }
        return .utf8
    }

    /// Whether `length` bytes from `start` are UTF-8, passing over continuation bytes at the start and
    /// a character cut off at the end (the spot's edges may fall inside a character).
    private static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        var first = start
        while first < min(start + 3, bytes.count) && bytes[first] & 0xC0 == 0x80 { first += 1 }
        let end = min(bytes.count, start + length)
        guard first < end, let invalid = firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[first..<end])) else { return true }
        return end < bytes.count && first + invalid > end - 4
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
