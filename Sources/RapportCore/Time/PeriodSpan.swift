/// A length of time in calendar units, as `--last 30d|4w|3m|1q|1y` gives it: a count and a unit.
///
/// Going back by a span works on the zone's wall clock, as pandas' `DateOffset` (dateutil's `relativedelta`) does.
/// Days and weeks keep the time of day, so a day across a clock change lasts 23 or 25 hours. Months, quarters
/// (3 months) and years (12 months) keep the day of the month and the time, but a day the earlier month lacks
/// becomes that month's last day: 2025-03-31 back 1m is 2025-02-28, 2024-02-29 back 1y is 2023-02-28, and
/// 2025-03-31 back 1m twice is 2025-01-28. A wall-clock time a clock change skips becomes the first moment after
/// the gap; one it repeats, its first occurrence.
public struct PeriodSpan: Sendable, Equatable {
    /// How many units.
    public let count: Int64
    /// The calendar unit counted.
    public let unit: CalendarPeriod

    /// The counts a span may have.
    public static let counts: ClosedRange<Int64> = 1...100_000

    /// A span of `count` units; nil when the count is outside `counts`.
    public init?(count: Int64, unit: CalendarPeriod) {
        guard Self.counts.contains(count) else { return nil }
        self.count = count
        self.unit = unit
    }

    /// A span as written: a whole number and `d`, `w`, `m`, `q` or `y` (in either case), as in `30d` or `3m`.
    public init(parsing text: String) throws {
        let digits = text.dropLast()
        let units: [Character: CalendarPeriod] = ["d": .day, "w": .week, "m": .month, "q": .quarter, "y": .year]
        guard let letter = text.last?.lowercased().first, let unit = units[letter], !digits.isEmpty, digits.count <= 6,
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int64(digits),
              let span = PeriodSpan(count: count, unit: unit) else {
            throw RapportError(Words.badPeriodSpan(text))
        }
        self = span
    }

    /// The span as written, with a lower-case unit: `30d`, `4w`, `3m`, `1q`, `1y`.
    public var text: String {
        let letters: [CalendarPeriod: String] = [.day: "d", .week: "w", .month: "m", .quarter: "q", .year: "y"]
        return String(count) + (letters[unit] ?? "")
    }

    /// The moment one span before an instant, in a zone (see the type's rule for month ends and clock changes).
    public func moment(before end: Int64, in zone: ZoneOffsets) -> Int64 {
        let (day, secondOfDay) = ISOTime.divideFloor(zone.local(end), 86_400)
        let earlierDay: Int64
        switch unit {
        case .day: earlierDay = day - count
        case .week: earlierDay = day - 7 * count
        case .month, .quarter, .year:
            let months = count * (unit == .month ? 1 : unit == .quarter ? 3 : 12)
            let (year, month, dayOfMonth) = ISOTime.civil(fromDays: day)
            let (years, monthIndex) = ISOTime.divideFloor(year * 12 + month - 1 - months, 12)
            let first = ISOTime.days(year: years, month: monthIndex + 1, day: 1)
            let length = ISOTime.days(year: monthIndex == 11 ? years + 1 : years, month: (monthIndex + 1) % 12 + 1,
                                      day: 1) - first
            earlierDay = first + min(dayOfMonth, length) - 1
        }
        let bounded = min(max(earlierDay, CalendarPeriod.localDays.lowerBound), CalendarPeriod.localDays.upperBound)
        return zone.firstMoment(atOrAfterLocal: ZoneOffsets.sum(bounded * 86_400, secondOfDay))
    }
}
