/// A fixed byte buffer for writing large files fast: callers check room once per value, then store bytes unchecked.
struct ByteSink {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// A sink writing into memory the caller owns (such as an array's uninitialized capacity).
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!  // 1 is not null; nothing is stored at it
        capacity = buffer.count
    }

    /// Checks that `extra` more bytes fit; the writer sizes the buffer so that they always do.
    @inline(__always) func reserve(_ extra: Int) {
        precondition(count + extra <= capacity, "dataset writer underestimated the file size")
    }

    /// Stores one byte; room must have been reserved.
    @inline(__always) mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends bytes, reserving room for them.
    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        guard let source = bytes.baseAddress else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends ASCII text such as keys and punctuation.
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the decimal digits of an integer; room for 20 bytes must have been reserved.
    @inline(__always) mutating func putInteger(_ value: Int64) {
        var magnitude = value.magnitude
        if value < 0 { put(UInt8(ascii: "-")) }
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits - 1
        repeat {
            base[position] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }

}
