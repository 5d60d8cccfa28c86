/// Converts between seconds since 1970 (UTC) and ISO 8601 text, without Foundation, for speed.
public enum ISOTime {
    /// The moments of the years 0000 to 9999, which every reader of times keeps to (a time is read with a four-digit
    /// year, a serial date or Unix seconds in this range), so arithmetic of days and zone offsets on times cannot
    /// overflow.
    public static let fourDigitYears: ClosedRange<Int64> = days(year: 0, month: 1, day: 1) * 86_400
        ... days(year: 10_000, month: 1, day: 1) * 86_400 - 1

    /// `YYYY-MM-DDTHH:MM:SSZ` for the given seconds since 1970 in UTC.
    public static func format(_ seconds: Int64) -> String {
        let (days, secondsOfDay) = divideFloor(seconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        let hour = secondsOfDay / 3600, minute = (secondsOfDay % 3600) / 60, second = secondsOfDay % 60
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + "Z"
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian calendar).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date (year, month, day) of a count of days since 1970-01-01.
    public static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Floor division with a non-negative remainder.
    public static func divideFloor(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor, remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z` or `±HH[:]MM`.
    ///
    /// Returns seconds since 1970 and whether the text carried its own offset; a time without
    /// an offset is returned as if in UTC, for the caller to shift into the session's time zone.
    public static func parse(_ text: Substring) -> (seconds: Int64, hasOffset: Bool)? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int64? {
            guard index + width <= bytes.count else { return nil }
            var value: Int64 = 0
            for offset in 0..<width {
                let byte = bytes[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = days(year: year, month: month, day: day) * 86_400
        if index == bytes.count { return (seconds, false) }
        guard index < bytes.count, bytes[index] == 84 || bytes[index] == 32 else { return nil }
        index += 1
        guard let hour = number(2), expect(58), let minute = number(2), hour < 24, minute < 60 else { return nil }
        seconds += hour * 3600 + minute * 60
        if expect(58) {
            guard let second = number(2), second < 61 else { return nil }
            seconds += second
            if expect(46) || expect(44) {
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            }
        }
        if index == bytes.count { return (seconds, false) }
        if bytes[index] == 32 { index += 1 }
        if expect(90) { return index == bytes.count ? (seconds, true) : nil }
        guard index < bytes.count, bytes[index] == 43 || bytes[index] == 45 else { return nil }
        let sign: Int64 = bytes[index] == 43 ? 1 : -1
        index += 1
        guard let offsetHours = number(2) else { return nil }
        _ = expect(58)
        let offsetMinutes = number(2) ?? 0
        guard index == bytes.count else { return nil }
        return (seconds - sign * (offsetHours * 3600 + offsetMinutes * 60), true)
    }

    /// A non-negative number with leading zeros up to `width` digits.
    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
