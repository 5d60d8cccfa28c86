/// The `sep=X` line Excel and Meta's daily exports put first to name the delimiter.
enum SeparatorLine {
    /// The delimiter a `sep=X` line at `start` names, and where the next line begins; nil when there is none.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (delimiter: UInt8, next: Int)? {
        let prefix = Array("sep=".utf8)
        guard start + prefix.count + 1 <= bytes.count else { return nil }
        for (offset, byte) in prefix.enumerated() where bytes[start + offset] | 0x20 != byte { return nil }
        let delimiter = bytes[start + prefix.count]
        var index = start + prefix.count + 1
        if index < bytes.count && bytes[index] == UInt8(ascii: "\r") { index += 1 }
        if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
        let atLineEnd = index == bytes.count || bytes[index - 1] == UInt8(ascii: "\n")
        guard atLineEnd, delimiter != UInt8(ascii: "\""), delimiter >= 0x09 else { return nil }
        return (delimiter, index)
    }
}
