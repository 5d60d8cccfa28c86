/// Turns Windows-1252 text (what Excel on Windows writes for "CSV") into UTF-8 bytes.
enum Windows1252Decoder {
    /// The code points of bytes 0x80–0x9F, where 1252 differs from Latin-1 (`€`, `„`, `“`, `”` …);
    /// the five bytes 1252 leaves undefined map to the C1 controls, as WHATWG's table does (Python's refuses them).
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{0081}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{008D}", "\u{017D}", "\u{008F}",
        "\u{0090}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{009D}", "\u{017E}", "\u{0178}",
    ]

    /// The text as UTF-8; bytes from 0xA0 on are Latin-1.
    static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? high[Int(byte) - 0x80] : Unicode.Scalar(byte)
            UTF8.encode(scalar) { output.append($0) }
        }
        return output
    }
}
