/// What rows can be grouped by in time (`--per`): a calendar period, or the ISO weekday (1 = Monday … 7) or
/// the hour (0–23) a moment falls on; all read on the local clock of a zone.
public enum PeriodUnit: String, CaseIterable, Sendable {
    case day, week, month, quarter, year, weekday, hour

    /// The calendar period of this unit, or nil for weekday and hour, which recur instead of following on.
    public var calendarPeriod: CalendarPeriod? {
        switch self {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year: return .year
        case .weekday, .hour: return nil
        }
    }

    /// The unit's value of a local reading (seconds since 1970-01-01T00:00 local): the calendar period's index,
    /// the ISO weekday or the hour.
    @inline(__always) public func value(ofLocal local: Int64) -> Int64 {
        let (day, secondOfDay) = ISOTime.divideFloor(local, 86_400)
        return value(ofLocalDay: day, secondOfDay: secondOfDay)
    }

    /// The unit's value of a second (0 to 86,399) of a local day (days since 1970-01-01).
    @inline(__always) func value(ofLocalDay day: Int64, secondOfDay: Int64) -> Int64 {
        switch self {
        case .day: return CalendarPeriod.day.index(ofLocalDay: day)
        case .week: return CalendarPeriod.week.index(ofLocalDay: day)
        case .month: return CalendarPeriod.month.index(ofLocalDay: day)
        case .quarter: return CalendarPeriod.quarter.index(ofLocalDay: day)
        case .year: return CalendarPeriod.year.index(ofLocalDay: day)
        case .weekday: return ISOTime.divideFloor(day + 3, 7).1 + 1
        case .hour: return secondOfDay / 3600
        }
    }

    /// The unit's value of an instant in a zone.
    public func value(of instant: Int64, in zone: ZoneOffsets) -> Int64 {
        value(ofLocal: zone.local(instant))
    }

    /// How a value reads as data: a calendar period's label (`2025-W10`), or the weekday's or hour's number.
    public func label(of value: Int64) -> String {
        calendarPeriod?.label(ofIndex: value) ?? String(value)
    }
}
