/// A calendar period of the proleptic Gregorian calendar: a day, an ISO 8601 week (Monday to Sunday, numbered
/// in its ISO week-numbering year), a month, a quarter or a year.
///
/// Each period has an index that counts periods, so consecutive periods differ by 1: days since 1970-01-01,
/// weeks since Monday 1969-12-29 (the week of 1970-01-01, 1970-W01), months since 1970-01, quarters since
/// 1970-Q1, years since 1970. Labels sort as they follow on and are never localised: `2025-03-07`,
/// `2025-W10`, `2025-03`, `2025-Q1`, `2025`.
public enum CalendarPeriod: String, CaseIterable, Sendable {
    case day, week, month, quarter, year

    /// The local days every computation is held to: those whose midnight is a whole Int64 of seconds.
    static let localDays: ClosedRange<Int64> =
        ISOTime.divideFloor(.min, 86_400).0 + 1...ISOTime.divideFloor(.max, 86_400).0

    /// The index of the period a local day (days since 1970-01-01) falls in.
    @inline(__always) public func index(ofLocalDay day: Int64) -> Int64 {
        switch self {
        case .day: return day
        case .week: return ISOTime.divideFloor(day + 3, 7).0
        case .month, .quarter, .year:
            let (year, month, _) = ISOTime.civil(fromDays: day)
            switch self {
            case .month: return (year - 1970) * 12 + month - 1
            case .quarter: return (year - 1970) * 4 + (month - 1) / 3
            default: return year - 1970
            }
        }
    }

    /// The first local day (days since 1970-01-01) of the period with an index.
    public func firstLocalDay(ofIndex index: Int64) -> Int64 {
        let bounded = min(max(index, self.index(ofLocalDay: Self.localDays.lowerBound)),
                          self.index(ofLocalDay: Self.localDays.upperBound))
        let day: Int64
        switch self {
        case .day: day = bounded
        case .week: day = bounded * 7 - 3
        case .month:
            let (years, month) = ISOTime.divideFloor(bounded, 12)
            day = ISOTime.days(year: 1970 + years, month: month + 1, day: 1)
        case .quarter:
            let (years, quarter) = ISOTime.divideFloor(bounded, 4)
            day = ISOTime.days(year: 1970 + years, month: quarter * 3 + 1, day: 1)
        case .year: day = ISOTime.days(year: 1970 + bounded, month: 1, day: 1)
        }
        return min(max(day, Self.localDays.lowerBound), Self.localDays.upperBound)
    }

    /// The label of the period with an index.
    public func label(ofIndex index: Int64) -> String {
        let first = firstLocalDay(ofIndex: index)
        switch self {
        case .day:
            let (year, month, day) = ISOTime.civil(fromDays: first)
            return Self.yearText(year) + "-" + ISOTime.pad(month, 2) + "-" + ISOTime.pad(day, 2)
        case .week:
            // A week belongs to the ISO year of its Thursday and is numbered by that Thursday's week of the year.
            let thursday = first + 3
            let year = ISOTime.civil(fromDays: thursday).year
            let week = (thursday - ISOTime.days(year: year, month: 1, day: 1)) / 7 + 1
            return Self.yearText(year) + "-W" + ISOTime.pad(week, 2)
        case .month:
            let (year, month, _) = ISOTime.civil(fromDays: first)
            return Self.yearText(year) + "-" + ISOTime.pad(month, 2)
        case .quarter:
            let (year, month, _) = ISOTime.civil(fromDays: first)
            return Self.yearText(year) + "-Q" + String((month - 1) / 3 + 1)
        case .year:
            return Self.yearText(ISOTime.civil(fromDays: first).year)
        }
    }

    /// The instant the period with an index starts in a zone: the first moment of its first day there
    /// (the end of the gap when a clock change skips that midnight, its first occurrence when one repeats it).
    public func start(ofIndex index: Int64, in zone: ZoneOffsets) -> Int64 {
        zone.firstMoment(atOrAfterLocal: firstLocalDay(ofIndex: index) * 86_400)
    }

    /// The index of the period an instant falls in, in a zone.
    public func index(of instant: Int64, in zone: ZoneOffsets) -> Int64 {
        index(ofLocalDay: ISOTime.divideFloor(zone.local(instant), 86_400).0)
    }

    /// The indexes of every period from the one holding `first` to the one holding `last`, empty ones included
    /// (empty when `last` is before `first`).
    public func indexes(from first: Int64, to last: Int64, in zone: ZoneOffsets) -> ClosedRange<Int64>? {
        let low = index(of: first, in: zone), high = index(of: last, in: zone)
        return low <= high ? low...high : nil
    }

    /// A year with at least four digits, and a minus sign before the years before year 0.
    private static func yearText(_ year: Int64) -> String {
        year < 0 ? "-" + ISOTime.pad(-year, 4) : ISOTime.pad(year, 4)
    }
}
