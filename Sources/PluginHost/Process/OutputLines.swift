import Foundation

/// Splits a plugin's standard output into lines as its bytes arrive, up to a byte limit.
struct OutputLines {
    private let limit: Int
    private var pending: [UInt8] = []
    private var lines: [String] = []
    private var total = 0
    /// Whether more than the limit came; nothing is kept after that.
    private(set) var overflowed = false

    /// A splitter that takes at most `limit` bytes.
    init(limit: Int) {
        self.limit = limit
    }

    /// Adds bytes, moving complete lines to the queue; false once the limit is passed.
    mutating func take(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !overflowed else { return false }
        total += bytes.count
        if total > limit {
            overflowed = true
            return false
        }
        var start = pending.count
        pending.append(contentsOf: bytes)
        while let newline = Self.newline(in: pending, from: start) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
            start = 0
        }
        return true
    }

    /// The index of the first line feed from `start` on (memchr, so that 32 MiB without one are searched quickly).
    private static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                  let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next complete line, if one came; a last piece without a newline is never a line.
    mutating func next() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}
