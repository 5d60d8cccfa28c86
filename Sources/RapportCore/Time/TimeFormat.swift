/// A time format in strftime notation (`%d.%m.%Y %H:%M`), for reading times out of text with `time(text, format)`
/// and `convert … to time --format F`.
///
/// Directives: `%Y` (four digits), `%y` (two: 00–68 are 2000–2068, 69–99 are 1969–1999, as the import reads
/// them), `%m`, `%d`, `%e` (one or two digits), `%H` (0–23), `%I` (1–12) with `%p` (AM or PM), `%M`, `%S` (0–60,
/// one or two digits), `%b` and `%h` (month abbreviations), `%B` (month names), `%a` and `%A` (weekday names,
/// checked to be one and otherwise ignored) in English or German, `%z` (`+0100`, `+01:00` or `Z`), `%F`
/// (`%Y-%m-%d`), `%T` (`%H:%M:%S`) and `%%`. Names are matched in any letter case. A blank in the format matches one
/// or more blanks; any other character itself. The year is required; month and day default to 1 and the clock to
/// midnight.
public struct TimeFormat: Sendable {
    /// One step of the format.
    enum Part: Sendable, Equatable {
        case year4, year2, month, day, hour24, hour12, meridiem, minute, second
        case monthName, weekdayName, offset
        /// One or more blanks.
        case blanks
        /// A character that must stand there.
        case literal(Character)
    }

    /// The format as written.
    public let text: String
    private let parts: [Part]

    /// Reads a format; throws a `RapportError` whose excerpt is the format with a caret at the problem (the offset
    /// counts characters from the format's start).
    public init(_ format: String) throws {
        let characters = Array(format)
        var parts: [Part] = []
        var index = 0
        func fail(_ message: Message, at offset: Int) -> RapportError {
            RapportError(message).pointing(at: offset, in: format)
        }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                if parts.last != .blanks { parts.append(.blanks) }
                index += 1
                continue
            }
            guard character == "%" else {
                parts.append(.literal(character))
                index += 1
                continue
            }
            guard index + 1 < characters.count else { throw fail(Words.timeFormatTrailingPercent, at: index) }
            switch characters[index + 1] {
            case "Y": parts.append(.year4)
            case "y": parts.append(.year2)
            case "m": parts.append(.month)
            case "d", "e": parts.append(.day)
            case "H": parts.append(.hour24)
            case "I": parts.append(.hour12)
            case "p": parts.append(.meridiem)
            case "M": parts.append(.minute)
            case "S": parts.append(.second)
            case "b", "h", "B": parts.append(.monthName)
            case "a", "A": parts.append(.weekdayName)
            case "z": parts.append(.offset)
            case "F": parts += [.year4, .literal("-"), .month, .literal("-"), .day]
            case "T": parts += [.hour24, .literal(":"), .minute, .literal(":"), .second]
            case "%": parts.append(.literal("%"))
            default: throw fail(Words.timeFormatUnknownDirective("%" + String(characters[index + 1])), at: index)
            }
            index += 2
        }
        guard parts.contains(.year4) || parts.contains(.year2) else { throw fail(Words.timeFormatNeedsYear, at: 0) }
        self.text = format
        self.parts = parts
    }

    /// The month names and abbreviations, English and German, lowercased, longest first, with their months.
    static let monthNames: [(name: [Character], month: Int64)] = {
        let names: [(String, Int64)] = [
            ("january", 1), ("januar", 1), ("jan", 1), ("jänner", 1), ("february", 2), ("februar", 2), ("feb", 2),
            ("march", 3), ("märz", 3), ("mar", 3), ("mär", 3), ("mrz", 3), ("april", 4), ("apr", 4), ("may", 5),
            ("mai", 5), ("june", 6), ("juni", 6), ("jun", 6), ("july", 7), ("juli", 7), ("jul", 7), ("august", 8),
            ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oktober", 10), ("oct", 10),
            ("okt", 10), ("november", 11), ("nov", 11), ("december", 12), ("dezember", 12), ("dec", 12), ("dez", 12),
        ]
        return names.map { (Array($0.0), $0.1) }.sorted { $0.name.count > $1.name.count }
    }()

    /// The weekday names and abbreviations, English and German, lowercased, longest first.
    static let weekdayNames: [[Character]] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "mo", "di", "mi", "do", "fr", "sa", "so",
    ].map { Array($0) }.sorted { $0.count > $1.count }

    /// Seconds since 1970 the text spells in this format, and whether it carried an offset (`%z`); a time without one
    /// is returned as if it were UTC, for the caller to read in the workspace's time zone. Nil when the text does not
    /// fit the format or names a day that does not exist.
    public func parse(_ text: String) -> (seconds: Int64, hasOffset: Bool)? {
        var reader = Reader(characters: Array(text.trimmingCharacters(in: .whitespaces)))
        var year: Int64?, month: Int64 = 1, day: Int64 = 1, hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0
        var afternoon: Bool?
        var twelveHour = false
        var offset: Int64?
        for part in parts {
            switch part {
            case .year4: guard let value = reader.digits(4...4) else { return nil }; year = value
            case .year2:
                guard let value = reader.digits(2...2) else { return nil }
                year = value < 69 ? 2000 + value : 1900 + value
            case .month:
                guard let value = reader.digits(1...2), (1...12).contains(value) else { return nil }
                month = value
            case .day: guard let value = reader.digits(1...2), (1...31).contains(value) else { return nil }; day = value
            case .hour24: guard let value = reader.digits(1...2), value < 24 else { return nil }; hour = value
            case .hour12:
                guard let value = reader.digits(1...2), (1...12).contains(value) else { return nil }
                hour = value
                twelveHour = true
            case .minute: guard let value = reader.digits(1...2), value < 60 else { return nil }; minute = value
            case .second: guard let value = reader.digits(1...2), value <= 60 else { return nil }; second = value
            case .meridiem: guard let value = reader.meridiem() else { return nil }; afternoon = value
            case .monthName: guard let value = reader.monthName() else { return nil }; month = value
            case .weekdayName: guard reader.weekdayName() else { return nil }
            case .offset: guard let value = reader.offset() else { return nil }; offset = value
            case .blanks: guard reader.blanks() else { return nil }
            case .literal(let character): guard reader.take(character) else { return nil }
            }
        }
        guard reader.atEnd, let year, day <= Self.daysIn(month: month, year: year) else { return nil }
        if twelveHour { hour = hour % 12 + (afternoon == true ? 12 : 0) }
        let local = ISOTime.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        let seconds = local - (offset ?? 0)
        return ISOTime.fourDigitYears.contains(seconds) ? (seconds, offset != nil) : nil
    }

    /// The number of days of a month in the proleptic Gregorian calendar.
    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A reading position in the characters of a text.
    private struct Reader {
        /// The text's characters.
        let characters: [Character]
        /// Where reading stands.
        var index = 0

        /// Whether every character has been read.
        var atEnd: Bool { index == characters.count }

        /// Steps over `character` if it is next.
        mutating func take(_ character: Character) -> Bool {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
            return true
        }

        /// One or more blanks.
        mutating func blanks() -> Bool {
            let start = index
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            return index > start
        }

        /// As many ASCII digits as `widths` allows, at least its lower bound.
        mutating func digits(_ widths: ClosedRange<Int>) -> Int64? {
            var value: Int64 = 0
            var count = 0
            while count < widths.upperBound, index < characters.count, let digit = characters[index].asciiDigit {
                value = value * 10 + digit
                count += 1
                index += 1
            }
            return count >= widths.lowerBound ? value : nil
        }

        /// `AM` or `PM` in any letter case: true for `PM`.
        mutating func meridiem() -> Bool? {
            guard index + 2 <= characters.count, characters[index + 1].lowercased() == "m" else { return nil }
            let letter = characters[index].lowercased()
            guard letter == "a" || letter == "p" else { return nil }
            index += 2
            return letter == "p"
        }

        /// A month's name or abbreviation.
        mutating func monthName() -> Int64? {
            for entry in TimeFormat.monthNames where matches(entry.name) {
                index += entry.name.count
                return entry.month
            }
            return nil
        }

        /// A weekday's name or abbreviation.
        mutating func weekdayName() -> Bool {
            for name in TimeFormat.weekdayNames where matches(name) {
                index += name.count
                return true
            }
            return false
        }

        /// `Z`, or a sign and hours and minutes, with or without a colon: seconds east of UTC.
        mutating func offset() -> Int64? {
            if take("Z") || take("z") { return 0 }
            guard index < characters.count, characters[index] == "+" || characters[index] == "-" else { return nil }
            let sign: Int64 = characters[index] == "-" ? -1 : 1
            index += 1
            guard let hours = digits(2...2), hours < 24 else { return nil }
            _ = take(":")
            guard let minutes = digits(2...2), minutes < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }

        /// Whether the characters from here start with `name`, in any letter case.
        private func matches(_ name: [Character]) -> Bool {
            guard index + name.count <= characters.count else { return false }
            for (offset, letter) in name.enumerated() where characters[index + offset].lowercased() != String(letter) {
                return false
            }
            return true
        }
    }
}

extension Character {
    /// The value of an ASCII digit, or nil.
    fileprivate var asciiDigit: Int64? {
        guard isASCII, let value = wholeNumberValue else { return nil }
        return Int64(value)
    }
}
