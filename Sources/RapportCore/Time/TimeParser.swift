/// Reads points in time: ISO 8601 (also X's `2015-09-30 18:42 +0000`), US `M/D/YY[YY] H:MM` with an
/// optional `AM`/`PM`, German `D.M.YYYY H:MM`, and the X API's `Wed Oct 10 20:19:24 +0000 2018`.
public enum TimeParser {
    /// Seconds since 1970 the bytes spell and whether they carried an offset; a time without one is
    /// returned as if it were UTC, for the caller to read in the workspace's time zone.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (seconds: Int64, hasOffset: Bool)? {
        guard bytes.count >= 6 else { return nil }
        if bytes.count >= 10 && bytes[4] == UInt8(ascii: "-") { return iso(bytes) }
        if bytes.count == 30 && bytes[3] == UInt8(ascii: " ") && bytes[0] >= UInt8(ascii: "A") { return xAPI(bytes) }
        var cursor = Cursor(bytes: bytes)
        guard let first = cursor.number(maxDigits: 2) else { return nil }
        guard let separator = cursor.peek, separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else {
            return nil
        }
        cursor.index += 1
        guard let second = cursor.number(maxDigits: 2), cursor.skip(separator),
              let year = cursor.year() else { return nil }
        let (month, day) = separator == UInt8(ascii: "/") ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = ISOTime.days(year: year, month: month, day: day) * 86_400
        if cursor.atEnd { return (seconds, false) }
        guard cursor.skip(UInt8(ascii: " ")), var clock = cursor.clock() else { return nil }
        if cursor.skip(UInt8(ascii: " ")) {
            guard let afternoon = cursor.meridiem(), (1...12).contains(clock / 3600) else { return nil }
            clock = clock % 43_200 + (afternoon ? 43_200 : 0)
        }
        seconds += clock
        return cursor.atEnd ? (seconds, false) : nil
    }

    /// ISO 8601; the common `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SSZ` shapes without leaving the bytes.
    @inlinable
    static func iso(_ bytes: UnsafeBufferPointer<UInt8>) -> (seconds: Int64, hasOffset: Bool)? {
        var cursor = Cursor(bytes: bytes)
        if bytes.count == 10 || (bytes.count == 20 && bytes[10] == UInt8(ascii: "T") && bytes[19] == UInt8(ascii: "Z")) {
            guard let year = cursor.fixed(4), cursor.skip(UInt8(ascii: "-")), let month = cursor.fixed(2),
                  cursor.skip(UInt8(ascii: "-")), let day = cursor.fixed(2),
                  (1...12).contains(month), (1...31).contains(day) else { return nil }
            var seconds = ISOTime.days(year: year, month: month, day: day) * 86_400
            if bytes.count == 10 { return (seconds, false) }
            cursor.index = 11
            guard let clock = cursor.clock(), cursor.index == 19 else { return nil }
            seconds += clock
            return (seconds, true)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return ISOTime.parse(Substring(text))
    }

    /// English month abbreviations, as the X API writes them.
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The X API's `created_at`: `Wed Oct 10 20:19:24 +0000 2018` (weekday, month, day, clock, offset, year).
    @usableFromInline
    static func xAPI(_ bytes: UnsafeBufferPointer<UInt8>) -> (seconds: Int64, hasOffset: Bool)? {
        let month = String(decoding: UnsafeBufferPointer(rebasing: bytes[4..<7]), as: UTF8.self)
        guard let monthIndex = months.firstIndex(of: month), bytes[7] == UInt8(ascii: " ") else { return nil }
        var cursor = Cursor(bytes: bytes)
        cursor.index = 8
        guard let day = cursor.fixed(2), (1...31).contains(day), cursor.skip(UInt8(ascii: " ")),
              let clock = cursor.clock(), cursor.skip(UInt8(ascii: " ")), let sign = cursor.peek,
              sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        cursor.index += 1
        guard let hours = cursor.fixed(2), let minutes = cursor.fixed(2), cursor.skip(UInt8(ascii: " ")),
              let year = cursor.fixed(4), cursor.atEnd else { return nil }
        let offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        return (ISOTime.days(year: year, month: Int64(monthIndex + 1), day: day) * 86_400 + clock - offset, true)
    }

    /// A reading position in a field's bytes.
    @usableFromInline
    struct Cursor {
        @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
        @usableFromInline var index = 0

        /// A cursor at the first byte.
        @inlinable init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Whether every byte has been read.
        @inlinable var atEnd: Bool { index == bytes.count }
        /// The next byte, or nil at the end.
        @inlinable var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Steps over `byte` if it is next.
        @inlinable mutating func skip(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        /// Exactly `width` digits.
        @inlinable mutating func fixed(_ width: Int) -> Int64? {
            guard index + width <= bytes.count else { return nil }
            var value: Int64 = 0
            for offset in 0..<width {
                let digit = bytes[index + offset] &- 48
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
            }
            index += width
            return value
        }

        /// One to `maxDigits` digits.
        @inlinable mutating func number(maxDigits: Int) -> Int64? {
            var value: Int64 = 0
            var digits = 0
            while digits < maxDigits, let byte = peek, byte &- 48 < 10 {
                value = value * 10 + Int64(byte - 48)
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }

        /// A four-digit year, or a two-digit one: 00–68 are 2000–2068, 69–99 are 1969–1999.
        @inlinable mutating func year() -> Int64? {
            let start = index
            guard let value = number(maxDigits: 4) else { return nil }
            switch index - start {
            case 4: return value
            case 2: return value < 69 ? 2000 + value : 1900 + value
            default: return nil
            }
        }

        /// `AM` or `PM` in any letter case: true for `PM`.
        @inlinable mutating func meridiem() -> Bool? {
            guard index + 2 == bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "m") else { return nil }
            let letter = bytes[index] | 0x20
            guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
            index += 2
            return letter == UInt8(ascii: "p")
        }

        /// `H:MM` or `H:MM:SS`, as seconds into the day.
        @inlinable mutating func clock() -> Int64? {
            guard let hour = number(maxDigits: 2), hour < 24, skip(UInt8(ascii: ":")),
                  let minute = fixed(2), minute < 60 else { return nil }
            var seconds = hour * 3600 + minute * 60
            if skip(UInt8(ascii: ":")) {
                guard let second = fixed(2), second < 61 else { return nil }
                seconds += second
            }
            return seconds
        }
    }
}
