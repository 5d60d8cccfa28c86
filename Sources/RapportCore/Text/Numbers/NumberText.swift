import Foundation

/// Numbers in text by the import's rules (`NumberFormat`, `ScaledNumber`): decimal points or commas, grouped
/// thousands, units (`3.3k`, `1,2 Mio.`, `3 Tsd.`) and percentages (`45 %` is 0.45), for `number()`, `convert` and
/// the settings that take rates.
///
/// The import decides the separators once per file. Here each value decides for itself: a value only one convention
/// reads (`3.3k`, `1,2 Mio.`, `1.234,5`, `0,035`, since no thousands group starts with a zero) is read by that one.
/// A value both read differently (one separator followed by exactly three digits: `1,234`, `1.234`) is read the way
/// the other values of its column vote, as the import's detector counts them: decimal commas when only values with
/// decimal commas were seen, else decimal points, so with no vote `1,234` is 1234 and `1.234` is 1.234.
public struct NumberText: Sendable {
    /// The convention a value that both conventions read is read in.
    public let ambiguous: NumberFormat

    /// A reader whose ambiguous values follow the vote of `values` (a column's distinct texts).
    public init(votingWith values: some Sequence<String>) {
        var detector = NumberFormatDetector()
        for value in values {
            var copy = Self.trimmed(value)
            copy.withUTF8 { detector.observe($0) }
        }
        ambiguous = detector.format(delimiter: UInt8(ascii: ","))
    }

    /// A reader for a value on its own: ambiguous values read with decimal points.
    public static let standalone = NumberText(votingWith: [])

    /// Whether the text, without the blanks around it, marks a missing value (empty or `-`).
    public static func isMissing(_ text: String) -> Bool {
        var copy = trimmed(text)
        return copy.withUTF8 { MissingMarker.isMissing($0) }
    }

    /// The number the text spells, or nil when it spells none (or one too large for a Double).
    public func value(_ text: String) -> Double? {
        reading(text)?.value
    }

    /// The whole number the text spells (`1,234`, `3.3k`, `1e3`), or nil when it spells none or a fraction, or one
    /// beyond 64 bits. Digits are read exactly, not through a Double.
    public func integer(_ text: String) -> Int64? {
        guard let (format, value) = reading(text) else { return nil }
        var copy = Self.trimmed(text)
        if let exact = copy.withUTF8({ format.integer($0) }) { return exact }
        return Int64(exactly: value)
    }

    /// The convention the text is read in and its value, or nil.
    private func reading(_ text: String) -> (format: NumberFormat, value: Double)? {
        var copy = Self.trimmed(text)
        return copy.withUTF8 { bytes -> (NumberFormat, Double)? in
            let point = Self.parse(bytes, .point), comma = Self.parse(bytes, .comma)
            switch (point, comma) {
            case (let point?, nil): return (.point, point)
            case (nil, let comma?): return (.comma, comma)
            case (let point?, let comma?): return point == comma ? (.point, point)
                : (ambiguous, ambiguous == .comma ? comma : point)
            case (nil, nil): return nil
            }
        }
    }

    /// The value in one convention; a reading that groups thousands after a leading zero (`0,035` with decimal
    /// points) is no reading.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ format: NumberFormat) -> Double? {
        var start = 0
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { start = 1 }
        if bytes.count > start + 1, bytes[start] == UInt8(ascii: "0"), bytes[start + 1] == format.groupingSeparator {
            return nil
        }
        guard let value = ScaledNumber.parse(bytes, format: format)?.value, value.isFinite else { return nil }
        return value
    }

    /// The text without blanks (also no-break spaces) and line breaks around it.
    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
