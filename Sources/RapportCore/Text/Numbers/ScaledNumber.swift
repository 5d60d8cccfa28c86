/// Reads numbers with a unit word: percentages (`3,5 %` → 0.035) and abbreviated counts
/// (`3.3k`, `475.8m`, `29.0b`, `1,2 Mio.`, `2 Tsd.`, `4 Mrd.`).
public enum ScaledNumber {
    /// The suffixes, lowercased, longest first so `mio.` wins over `m`, and the factor each stands for.
    public static let suffixes: [(text: [UInt8], factor: Double)] = [
        ("tsd.", 1e3), ("mio.", 1e6), ("mrd.", 1e9), ("tsd", 1e3), ("mio", 1e6), ("mrd", 1e9),
        ("%", 0.01), ("k", 1e3), ("m", 1e6), ("b", 1e9),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The number part of the bytes (without the suffix and the spaces before it), its factor, and
    /// whether the suffix was a percent sign; nil when no suffix is there.
    public static func split(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (number: UnsafeBufferPointer<UInt8>, factor: Double, percent: Bool)? {
        for suffix in suffixes where bytes.count > suffix.text.count {
            let start = bytes.count - suffix.text.count
            var matches = true
            for (offset, letter) in suffix.text.enumerated() where bytes[start + offset] | 0x20 != letter | 0x20 {
                matches = false
            }
            guard matches else { continue }
            var end = start
            while end > 0 {
                if bytes[end - 1] == 0x20 { end -= 1 }
                else if end >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0 { end -= 2 }
                else if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xAF { end -= 3 }
                else { break }
            }
            guard end > 0 else { return nil }
            return (UnsafeBufferPointer(rebasing: bytes[0..<end]), suffix.factor, suffix.text == [UInt8(ascii: "%")])
        }
        return nil
    }

    /// The value the bytes spell, a plain number too, and whether it was a percentage; nil if none.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, format: NumberFormat)
        -> (value: Double, percent: Bool)? {
        guard let parts = split(bytes) else { return format.decimal(bytes).map { ($0, false) } }
        guard let number = format.decimal(parts.number) else { return nil }
        return (parts.percent ? number / 100 : number * parts.factor, parts.percent)
    }
}
