/// Escaping text for XML (and HTML or SVG) content and attribute values.
enum XMLText {
    /// Appends text with `&`, `<`, `>`, `"` and `'` as references and the characters XML 1.0 cannot hold (control
    /// characters other than tab, line feed and carriage return; U+FFFE and U+FFFF) left out.
    static func append(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): out.append(ascii: "&amp;")
                case UInt8(ascii: "<"): out.append(ascii: "&lt;")
                case UInt8(ascii: ">"): out.append(ascii: "&gt;")
                case UInt8(ascii: "\""): out.append(ascii: "&quot;")
                case UInt8(ascii: "'"): out.append(ascii: "&#39;")
                case 0x0D: out.append(ascii: "&#13;")
                case 0x09, 0x0A: out.append(byte)
                case 0..<0x20: continue
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                    // EF BF BE and EF BF BF are U+FFFE and U+FFFF, which are not characters.
                    index += 2
                default: out.append(byte)
                }
            }
        }
    }

    /// The escaped text as a String, for the small parts of a package.
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
