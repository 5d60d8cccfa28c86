/// Neutralises text cells that a spreadsheet would run as a formula (post texts come from strangers).
///
/// A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets an apostrophe in front,
/// which spreadsheets read as "this is text". Text that is a plain number such as `-5` or `+3.5` is
/// left alone: a spreadsheet reads it as that number and runs nothing.
enum FormulaGuard {
    /// The prefix put in front of a dangerous text.
    static let prefix = UInt8(ascii: "'")

    /// Whether text with these UTF-8 bytes needs the prefix.
    static func needsPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return !isPlainNumber(bytes)
        default:
            return false
        }
    }

    /// Whether the bytes are a sign, digits and at most one decimal point or comma followed by digits.
    private static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 1
        var digits = 0
        while index < bytes.count, isDigit(bytes[index]) { index += 1; digits += 1 }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            var fraction = 0
            while index < bytes.count, isDigit(bytes[index]) { index += 1; fraction += 1 }
            guard fraction > 0 else { return false }
        }
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
