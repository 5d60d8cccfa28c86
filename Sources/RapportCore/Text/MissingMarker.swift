import Foundation

/// Which field texts mean "no value": the empty field and a lone `-` everywhere, and in a column of numbers, times
/// or booleans also the markers spreadsheets and exports write (`n/a`, `NaN%`, `#DIV/0!` …).
public enum MissingMarker {
    /// Whether the bytes mark a missing value.
    @inlinable
    public static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 0 || (bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
    }

    /// The markers beyond empty and `-`, in lower case: compared without case, blanks around them and a percent sign
    /// after them (`NaN %`).
    public static let markers: Set<String> = [
        "-", "–", "—", "n/a", "na", "nan", "null", "none", "#n/a", "#div/0!", "k. a.", "k.a.", "#value!", "#null!",
    ]

    /// Whether the bytes are one of the `markers` (or empty), so a typed column reads them as missing.
    public static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 12 else { return false }
        var text = String(decoding: bytes, as: UTF8.self).lowercased().trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        return text.isEmpty || markers.contains(text)
    }
}
