/// Escaping text for XML content and attribute values.
enum XMLText {
    /// Appends text with `&`, `<`, `>` and `"` as entities and the control characters XML 1.0 cannot hold left out.
    static func append(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out.append(ascii: "&amp;")
                case UInt8(ascii: "<"): out.append(ascii: "&lt;")
                case UInt8(ascii: ">"): out.append(ascii: "&gt;")
                case UInt8(ascii: "\""): out.append(ascii: "&quot;")
                case 0x0D: out.append(ascii: "&#13;")
                case 0x09, 0x0A: out.append(byte)
                case 0..<0x20: continue
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
