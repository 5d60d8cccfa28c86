/// Sorting of many doubles in linear time: a least-significant-digit radix sort on their bit patterns.
public enum RadixSort {
    /// Below this many values the standard library's sort is faster.
    static let threshold = 4096

    /// The values in ascending order (NaN must not occur; -0.0 sorts before 0.0, which compare equal).
    public static func sorted(_ values: [Double]) -> [Double] {
        guard values.count >= threshold else { return values.sorted() }
        var keys = values.map(key)
        var spare = [UInt64](repeating: 0, count: keys.count)
        keys.withUnsafeMutableBufferPointer { keyBuffer in
            spare.withUnsafeMutableBufferPointer { spareBuffer in
                var source = keyBuffer, target = spareBuffer
                var counts = [Int](repeating: 0, count: 1 << 16)
                for shift in stride(from: UInt64(0), to: 64, by: 16) {
                    for index in counts.indices { counts[index] = 0 }
                    for key in source { counts[Int(truncatingIfNeeded: key >> shift) & 0xFFFF] += 1 }
                    if counts[Int(truncatingIfNeeded: source[0] >> shift) & 0xFFFF] == source.count { continue }
                    var running = 0
                    for index in counts.indices {
                        let count = counts[index]
                        counts[index] = running
                        running += count
                    }
                    for key in source {
                        let digit = Int(truncatingIfNeeded: key >> shift) & 0xFFFF
                        target[counts[digit]] = key
                        counts[digit] += 1
                    }
                    swap(&source, &target)
                }
                if source.baseAddress != keyBuffer.baseAddress { _ = keyBuffer.update(fromContentsOf: source) }
            }
        }
        return keys.map(value)
    }

    /// An unsigned key that orders like the double: the sign bit flipped for positives, all bits for negatives.
    @inline(__always) private static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// The double a key came from.
    @inline(__always) private static func value(_ key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }
}
