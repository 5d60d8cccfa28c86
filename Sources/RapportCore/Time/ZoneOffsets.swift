import Foundation

/// A time zone's offsets from UTC over a span of time, read once from the zone's transitions, so that local
/// times of many instants need no call into Foundation: an instant's offset is that of its UTC day when one
/// offset holds all that day (a table lookup), else that of the segment between two transitions it falls in
/// (a binary search). Outside the span it asks the zone.
public struct ZoneOffsets: Sendable {
    /// The zone the offsets are of.
    public let timeZone: TimeZone
    /// Where each segment of constant offset begins (seconds since 1970, UTC), ascending.
    private let starts: [Int64]
    /// The offset from UTC in seconds of each segment.
    private let offsets: [Int64]
    /// Where the last segment ends (exclusive): the table covers `starts[0]..<end`.
    private let end: Int64
    /// The UTC day (days since 1970) `dayOffsets` begins with.
    private let firstDay: Int64
    /// The offset of each UTC day from `firstDay` on, or `Int64.min` for a day a transition splits.
    private let dayOffsets: [Int64]

    /// The most segments a table holds (about two thousand years of twice-yearly clock changes).
    static let segmentLimit = 4096
    /// The most days the table of daily offsets holds (about 360 years; a wider span goes without it).
    static let dayLimit: Int64 = 1 << 17
    /// How far the table reaches beyond the instants asked for, so starts of the periods around them are covered.
    static let margin: Int64 = 400 * 86_400

    /// The offsets of a zone around the given instants (with a margin of 400 days either side).
    public init(timeZone: TimeZone, covering instants: ClosedRange<Int64>) {
        self.timeZone = timeZone
        let first = Self.sum(instants.lowerBound, -Self.margin)
        let last = Self.sum(instants.upperBound, Self.margin)
        var starts = [first], offsets = [Self.askedOffset(timeZone, at: first)]
        var end = last
        var cursor = first
        while let next = timeZone.nextDaylightSavingTimeTransition(after: Self.date(cursor)) {
            let seconds = next.timeIntervalSince1970.rounded()
            guard seconds.isFinite, seconds > Double(cursor), seconds < Double(last) else { break }
            let transition = Int64(seconds)
            if starts.count == Self.segmentLimit {
                end = transition
                break
            }
            let offset = Self.askedOffset(timeZone, at: transition)
            if offset != offsets[offsets.count - 1] {
                starts.append(transition)
                offsets.append(offset)
            }
            cursor = transition
        }
        self.starts = starts
        self.offsets = offsets
        self.end = end
        (firstDay, dayOffsets) = Self.dailyOffsets(starts: starts, offsets: offsets, end: end)
    }

    /// The zone's offset from UTC in seconds at an instant.
    @inline(__always) public func offset(at instant: Int64) -> Int64 {
        let day = ISOTime.divideFloor(instant, 86_400).0 - firstDay
        if day >= 0 && day < Int64(dayOffsets.count) {
            let offset = dayOffsets[Int(day)]
            if offset != .min { return offset }
        }
        guard let segment = segment(containing: instant) else { return Self.askedOffset(timeZone, at: instant) }
        return offsets[segment]
    }

    /// The local wall-clock reading of an instant, as seconds since 1970-01-01T00:00 local.
    @inline(__always) public func local(_ instant: Int64) -> Int64 {
        Self.sum(instant, offset(at: instant))
    }

    /// The earliest instant whose local reading is at or after `local`: the moment itself when the clock shows it
    /// once, its first occurrence when a clock change repeats it, the end of the gap when a change skips it.
    public func firstMoment(atOrAfterLocal local: Int64) -> Int64 {
        if let found = search(atOrAfterLocal: local) { return found }
        let around = ZoneOffsets(timeZone: timeZone, covering: local...local)
        return around.search(atOrAfterLocal: local) ?? Self.sum(local, -around.offset(at: local))
    }

    /// `firstMoment(atOrAfterLocal:)` from the table, or nil when the table does not reach far enough.
    private func search(atOrAfterLocal local: Int64) -> Int64? {
        // No offset exceeds 26 hours, so no instant earlier than this one reads `local` or later.
        guard let first = segment(containing: Self.sum(local, -26 * 3600)) else { return nil }
        for segment in first..<starts.count {
            let (start, end, offset) = bounds(of: segment)
            let candidate = max(start, Self.sum(local, -offset))
            if candidate < end { return candidate }
        }
        return nil
    }

    /// Whether the table holds the offset of an instant.
    func covers(_ instant: Int64) -> Bool {
        instant >= starts[0] && instant < end
    }

    /// The segment an instant falls in, or nil outside the table.
    @inline(__always) func segment(containing instant: Int64) -> Int? {
        guard covers(instant) else { return nil }
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= instant { low = middle } else { high = middle }
        }
        return low
    }

    /// The bounds and offset of a segment: it covers `start..<end`.
    func bounds(of segment: Int) -> (start: Int64, end: Int64, offset: Int64) {
        (starts[segment], segment + 1 < starts.count ? starts[segment + 1] : end, offsets[segment])
    }

    /// The offset of every whole UTC day inside the segments (`Int64.min` for a day a transition splits),
    /// and the first of those days; none when they are more than `dayLimit`.
    private static func dailyOffsets(starts: [Int64], offsets: [Int64], end: Int64) -> (Int64, [Int64]) {
        let firstDay = ISOTime.divideFloor(starts[0], 86_400).0 + 1
        let lastDay = ISOTime.divideFloor(end, 86_400).0 - 1
        guard firstDay <= lastDay, lastDay - firstDay < dayLimit else { return (0, []) }
        var table = [Int64](repeating: .min, count: Int(lastDay - firstDay + 1))
        var segment = 0
        for index in table.indices {
            let dayStart = (firstDay + Int64(index)) * 86_400
            while segment + 1 < starts.count && starts[segment + 1] <= dayStart { segment += 1 }
            let segmentEnd = segment + 1 < starts.count ? starts[segment + 1] : end
            if segmentEnd >= dayStart + 86_400 { table[index] = offsets[segment] }
        }
        return (firstDay, table)
    }

    /// `a + b`, held at the ends of Int64 instead of overflowing.
    static func sum(_ a: Int64, _ b: Int64) -> Int64 {
        let (value, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b < 0 ? .min : .max) : value
    }

    /// The offset Foundation gives for an instant.
    private static func askedOffset(_ timeZone: TimeZone, at instant: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: date(instant)))
    }

    /// An instant as a Foundation date.
    private static func date(_ instant: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(instant))
    }
}
