import Foundation

/// Local wall-clock arithmetic in a time zone, with the zone's offset from UTC cached per hour.
public final class LocalTime {
    /// The zone.
    public let timeZone: TimeZone
    private var offsets: [Int64: Int64] = [:]
    private var lastHour: Int64 = .min
    private var lastOffset: Int64 = 0

    /// Local time in a zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The zone's offset from UTC in seconds at a moment (seconds since 1970, UTC).
    public func offset(at seconds: Int64) -> Int64 {
        let hour = ISOTime.divideFloor(seconds, 3600).0
        if hour == lastHour { return lastOffset }
        let offset: Int64
        if let cached = offsets[hour] {
            offset = cached
        } else {
            offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour * 3600))))
            offsets[hour] = offset
        }
        lastHour = hour
        lastOffset = offset
        return offset
    }

    /// The local wall-clock reading of a moment, counted as seconds since 1970-01-01T00:00 local.
    public func local(_ seconds: Int64) -> Int64 {
        seconds + offset(at: seconds)
    }

    /// The moment a local wall-clock reading stands for (the later one when a clock change repeats it).
    public func moment(ofLocal local: Int64) -> Int64 {
        let guess = local - offset(at: local)
        return local - offset(at: guess)
    }
}
