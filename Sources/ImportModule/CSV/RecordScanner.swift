import Foundation

/// Finds the fields of one record in a byte buffer (RFC 4180: quotes, doubled quotes, CRLF or LF).
struct RecordScanner {
    /// What scanning one record found.
    enum Outcome {
        /// A record: where the next begins, how many fields it has, and where its line break is.
        case record(next: Int, fields: Int, end: Int)
        /// A malformed record.
        case failure(CSVIssue)
    }

    let base: UnsafePointer<UInt8>
    /// Offset just past the last byte of data.
    let limit: Int
    let delimiter: UInt8

    /// Scans the record at `start`, writing up to `capacity` field spans.
    @inline(__always)
    func scan(from start: Int, into fields: UnsafeMutablePointer<FieldSpan>, capacity: Int) -> Outcome {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var index = start
        var count = 0
        while true {
            if count == capacity { return .failure(.tooManyFields(offset: index, expected: capacity)) }
            if index < limit && base[index] == quote {
                let opening = index
                index += 1
                var escaped = false
                var closing = -1
                while index < limit {
                    guard let found = memchr(base + index, Int32(quote), limit - index) else { break }
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if at + 1 < limit && base[at + 1] == quote {
                        escaped = true
                        index = at + 2
                    } else {
                        closing = at
                        index = at + 1
                        break
                    }
                }
                if closing < 0 { return .failure(.unterminatedQuote(offset: opening)) }
                fields[count] = FieldSpan(start: opening + 1, end: closing, escaped: escaped)
                if index < limit {
                    let byte = base[index]
                    if byte != delimiter && byte != newline && byte != carriage {
                        return .failure(.textAfterQuote(offset: index))
                    }
                }
            } else {
                let fieldStart = index
                index = skipPlain(from: index)
                while index < limit {
                    let byte = base[index]
                    if byte == delimiter || byte == newline || byte == carriage { break }
                    index += 1
                }
                fields[count] = FieldSpan(start: fieldStart, end: index, escaped: false)
            }
            count += 1
            if index >= limit { return .record(next: limit, fields: count, end: limit) }
            let byte = base[index]
            if byte == delimiter {
                index += 1
                continue
            }
            let end = index
            index += 1
            if byte == carriage && index < limit && base[index] == newline { index += 1 }
            return .record(next: index, fields: count, end: end)
        }
    }

    /// The start of the line after the one holding `offset`: where reading resumes past a malformed record.
    func lineAfter(_ offset: Int) -> Int {
        guard offset < limit, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), limit - offset) else { return limit }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }

    /// Skips eight bytes at a time while none of them is the delimiter or a line break.
    @inline(__always)
    private func skipPlain(from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter), newlines = ones &* 10, carriages = ones &* 13
        var index = start
        while index + 8 <= limit {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let a = word ^ delimiters, b = word ^ newlines, c = word ^ carriages
            let found = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }
}
