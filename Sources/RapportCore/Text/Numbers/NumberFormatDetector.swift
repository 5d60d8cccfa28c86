/// Decides between `1,234.5` and `1.234,5` from sample fields that only one of them can read.
public struct NumberFormatDetector {
    private var commaVotes = 0
    private var pointVotes = 0

    /// A detector that has seen nothing yet.
    public init() {}

    /// Counts a field that is digits, one separator, and a number of digits other than three after it
    /// (and maybe a unit such as `%` or `Mio.`).
    public mutating func observe(_ field: UnsafeBufferPointer<UInt8>) {
        let endsInDigit = field.last.map { $0 &- 48 < 10 } ?? true
        let bytes = endsInDigit ? field : ScaledNumber.split(field)?.number ?? field
        var separator: UInt8?
        var digitsAfter = 0
        var digitsBefore = 0
        for (index, byte) in bytes.enumerated() {
            if byte &- 48 < 10 {
                if separator == nil { digitsBefore += 1 } else { digitsAfter += 1 }
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && separator == nil {
                separator = byte
            } else if index == 0 && byte == UInt8(ascii: "-") {
                continue
            } else {
                return
            }
        }
        guard let separator, digitsBefore > 0, digitsAfter > 0, digitsAfter != 3 else { return }
        if separator == UInt8(ascii: ",") { commaVotes += 1 } else { pointVotes += 1 }
    }

    /// Decimal commas when only they were seen, else decimal points. With no vote either way, a file
    /// separated by semicolons (what Excel writes where the comma is the decimal separator) reads
    /// `1.234` as a thousand and more, others as one and a bit.
    public func format(delimiter: UInt8) -> NumberFormat {
        if commaVotes == 0 && pointVotes == 0 { return delimiter == UInt8(ascii: ";") ? .comma : .point }
        return commaVotes > 0 && pointVotes == 0 ? .comma : .point
    }
}
