/// Writes JSON text: compact, UTF-8, numbers unrounded, non-finite numbers as null.
public enum JSONWriter {
    /// The compact JSON text of a value.
    public static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// Appends the compact JSON text of a value.
    public static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .number(let number): out += numberText(number)
        case .string(let text): writeString(text, into: &out)
        case .array(let values):
            out += "["
            for (index, element) in values.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                writeString(pair.0, into: &out)
                out += ":"
                write(pair.1, into: &out)
            }
            out += "}"
        }
    }

    /// The JSON text of a number: shortest round-trip form, integers without a fraction, null when not finite.
    public static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if abs(number) < 1e15, let whole = Int64(exactly: number) { return String(whole) }
        return String(number)
    }

    /// Appends a JSON string literal with the escapes JSON requires.
    public static func writeString(_ text: String, into out: inout String) {
        var literal: [UInt8] = []
        literal.reserveCapacity(text.utf8.count + 2)
        appendString(text, into: &literal)
        out += String(decoding: literal, as: UTF8.self)
    }

    /// Appends a JSON string literal as UTF-8 bytes: `"` and `\` escaped, control characters as `\n`, `\r`, `\t`
    /// or `\u00XX` (DEL and the C1 controls U+0080–U+009F too, which JSON allows and a terminal would obey),
    /// everything else as it is.
    public static func appendString(_ text: String, into out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0..<0x20, 0x7F: out += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)]
                case 0xC2 where index < bytes.count && (0x80...0x9F).contains(bytes[index]):
                    // U+0080–U+009F, written in UTF-8 as C2 80 … C2 9F.
                    out += Array("\\u00".utf8) + [hexDigit(bytes[index] >> 4), hexDigit(bytes[index] & 0xF)]
                    index += 1
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The lowercase hexadecimal digit of a value from 0 to 15.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? value + 0x30 : value - 10 + UInt8(ascii: "a")
    }
}
