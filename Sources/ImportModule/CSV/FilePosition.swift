import RapportCore

/// Turns a byte offset into the 1-based line and column (in characters) of the file, for error messages.
enum FilePosition {
    /// The position of `offset`; columns on the first line do not count a byte-order mark before `textStart`.
    static func locate(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, textStart: Int, file: String) -> SourcePosition {
        var line = 1
        var lineStart = textStart
        let end = min(offset, bytes.count)
        var index = textStart
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        for byteIndex in lineStart..<end where bytes[byteIndex] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(file: file, line: line, column: column)
    }
}
