/// Parses the records that start in one stretch of the buffer into column builders.
enum ChunkParser {
    /// How many records pass between interruption checks.
    static let checkInterval = 65_536

    /// Parses records starting at `start` until one ends at or beyond `end` (a record may run past it).
    static func parse(_ scanner: RecordScanner, from start: Int, to end: Int, builders: [ColumnBuilder],
                      checkpoint: (@Sendable () throws -> Void)?) -> ChunkResult {
        let width = builders.count
        var result = ChunkResult(builders: builders)
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: width)
        defer { fields.deallocate() }
        var scratch: [UInt8] = []
        var position = start
        var blankStart: Int?
        while position < end {
            switch scanner.scan(from: position, into: fields, capacity: width) {
            case .failure(let issue):
                result.issue = issue
                result.end = position
                return result
            case .record(let next, let count, let recordEnd):
                if recordEnd == position && count == 1 && (width > 1 || isBlankRun(scanner, from: next)) {
                    if blankStart == nil { blankStart = position }
                    position = next
                    continue
                }
                if let blank = blankStart {
                    result.issue = .tooFewFields(offset: blank, found: 0, expected: width)
                    result.end = position
                    return result
                }
                if count < width {
                    result.issue = .tooFewFields(offset: recordEnd, found: count, expected: width)
                    result.end = position
                    return result
                }
                for column in 0..<width {
                    let span = fields[column]
                    if span.escaped {
                        unescape(scanner.base, span, into: &scratch)
                        scratch.withUnsafeBufferPointer { builders[column].append($0) }
                    } else {
                        builders[column].append(UnsafeBufferPointer(start: scanner.base + span.start,
                                                                    count: span.end - span.start))
                    }
                }
                result.rows += 1
                if result.rows % checkInterval == 0, let checkpoint {
                    do { try checkpoint() } catch {
                        result.interruption = error
                        result.end = next
                        return result
                    }
                }
                position = next
            }
        }
        result.end = position
        result.trailingBlank = blankStart
        return result
    }

    /// Whether only line breaks follow, so a blank line in a one-column file ends the data
    /// rather than being a missing value.
    private static func isBlankRun(_ scanner: RecordScanner, from start: Int) -> Bool {
        var index = start
        while index < scanner.limit {
            let byte = scanner.base[index]
            if byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") { return false }
            index += 1
        }
        return true
    }

    /// The field's content with each `""` turned into `"`.
    private static func unescape(_ base: UnsafePointer<UInt8>, _ span: FieldSpan, into scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        var index = span.start
        while index < span.end {
            let byte = base[index]
            scratch.append(byte)
            index += byte == UInt8(ascii: "\"") ? 2 : 1
        }
    }
}
