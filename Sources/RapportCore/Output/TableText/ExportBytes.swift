/// Appending values to a byte buffer without a String per value where that can be avoided.
extension Array where Element == UInt8 {
    /// The size past which a streaming writer hands its bytes on (4 MiB).
    @inlinable public static var exportChunkSize: Int { 1 << 22 }

    /// An empty buffer with room for one chunk and a row beyond it.
    public static func exportChunk() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(exportChunkSize + (1 << 16))
        return bytes
    }

    /// Hands the bytes to `emit` and starts over once they pass the chunk size, so a large export is
    /// written while it is made and never sits in memory whole.
    @inlinable public mutating func emitIfFull(_ emit: ([UInt8]) throws -> Void) rethrows {
        guard count >= Self.exportChunkSize else { return }
        try emit(self)
        removeAll(keepingCapacity: true)
    }

    /// Appends ASCII text such as punctuation and XML tags.
    @inlinable @inline(__always) public mutating func append(ascii text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of a string.
    @inlinable @inline(__always) public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends the decimal digits of an integer.
    @inlinable @inline(__always) public mutating func append(integer value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(truncatingIfNeeded: magnitude) + 0x30)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = 20
            repeat {
                position -= 1
                digits[position] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[position...]))
        }
    }

    /// Appends a number with at least `width` digits, zero-padded (for dates and clocks).
    @inlinable @inline(__always) public mutating func append(padded value: Int64, width: Int) {
        var probe = value, digits = 1
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        if digits < width { append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits)) }
        append(integer: value)
    }

    /// Appends the shortest text that reads back as the same double, with the given decimal separator.
    @inlinable @inline(__always)
    public mutating func append(decimal value: Double, separator: UInt8 = UInt8(ascii: ".")) {
        let start = count
        append(utf8: value.description)
        if separator != UInt8(ascii: ".") {
            for index in start..<count where self[index] == UInt8(ascii: ".") { self[index] = separator }
        }
    }

    /// Appends `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970 in UTC.
    public mutating func append(isoTime seconds: Int64) {
        let (days, secondOfDay) = ISOTime.divideFloor(seconds, 86_400)
        let (year, month, day) = ISOTime.civil(fromDays: days)
        append(padded: year, width: 4)
        append(UInt8(ascii: "-"))
        append(padded: month, width: 2)
        append(UInt8(ascii: "-"))
        append(padded: day, width: 2)
        append(UInt8(ascii: "T"))
        append(clock: secondOfDay)
        append(UInt8(ascii: "Z"))
    }

    /// Appends `DD.MM.YYYY HH:MM:SS` for a local wall-clock reading counted in seconds since 1970.
    public mutating func append(germanTime local: Int64) {
        let (days, secondOfDay) = ISOTime.divideFloor(local, 86_400)
        let (year, month, day) = ISOTime.civil(fromDays: days)
        append(padded: day, width: 2)
        append(UInt8(ascii: "."))
        append(padded: month, width: 2)
        append(UInt8(ascii: "."))
        append(padded: year, width: 4)
        append(UInt8(ascii: " "))
        append(clock: secondOfDay)
    }

    /// Appends `HH:MM:SS` for seconds into a day.
    private mutating func append(clock secondOfDay: Int64) {
        append(padded: secondOfDay / 3600, width: 2)
        append(UInt8(ascii: ":"))
        append(padded: secondOfDay % 3600 / 60, width: 2)
        append(UInt8(ascii: ":"))
        append(padded: secondOfDay % 60, width: 2)
    }
}
