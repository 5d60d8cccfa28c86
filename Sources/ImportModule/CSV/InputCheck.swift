import RapportCore

/// Refuses what is not a text table (empty, only a byte-order mark, binary) and skips a UTF-8 byte-order mark.
enum InputCheck {
    /// How many leading bytes are inspected for signs of binary content.
    static let probeLength = 8192

    /// The offset where the text starts (after a byte-order mark), or an error naming the file.
    static func textStart(of bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> Int {
        if bytes.isEmpty { throw RapportError(Words.csvEmptyFile(file)) }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if start == bytes.count { throw RapportError(Words.csvOnlyByteOrderMark(file)) }
        if looksBinary(UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + probeLength)])) {
            throw RapportError(Words.csvBinary(file))
        }
        return start
    }

    /// A NUL byte, or more than a tenth of the bytes being control codes or invalid UTF-8 that is no
    /// Windows-1252 text either (one of the five bytes 1252 leaves undefined).
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var suspicious = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return true }
            if byte < 0x80 {
                if byte < 0x20 && byte != 9 && byte != 10 && byte != 13 && byte != 12 { suspicious += 1 }
                index += 1
                continue
            }
            let length = byte >= 0xF0 && byte < 0xF5 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            if length == 0 || (length == 4 && byte >= 0xF5) {
                if undefinedIn1252(byte) { suspicious += 1 }
                index += 1
                continue
            }
            if index + length > bytes.count { break }
            var valid = true
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            if valid {
                index += length
            } else {
                if undefinedIn1252(byte) { suspicious += 1 }
                index += 1
            }
        }
        return suspicious * 10 > bytes.count
    }

    /// Whether Windows-1252 leaves the byte undefined, so that it cannot be text in that encoding either.
    private static func undefinedIn1252(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }
}
