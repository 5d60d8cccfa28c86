/// Turns Windows-1252 text (what Excel on Windows writes for "CSV") into UTF-8 bytes.
enum Windows1252Decoder {
    /// The code points of bytes 0x80–0x9F, where 1252 differs from Latin-1 (`€`, `„`, `“`, `”` …);
    /// the five bytes 1252 leaves undefined map to the C1 controls, as Python's and WHATWG's tables do.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
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
            let scalar = Unicode.Scalar(byte < 0xA0 ? high[Int(byte) - 0x80] : UInt32(byte))!
            UTF8.encode(scalar) { output.append($0) }
        }
        return output
    }
}
