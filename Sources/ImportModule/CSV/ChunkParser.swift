import RapportCore

/// Parses the records that start in one stretch of the buffer into column builders, a batch at a time.
///
/// A batch of records is first scanned into field spans, then each column converts its fields in one
/// tight loop, which keeps per-field overhead (dispatch, reference counting) out of the hot path.
enum ChunkParser {
    /// How many records form a batch.
    static let batchRows = 1024
    /// How many records pass between interruption checks.
    static let checkInterval = 65_536

    /// Parses records starting at `start` until one ends at or beyond `end` (a record may run past it);
    /// with `releasingPages` (a file mapping), drops the pages it has passed every so often. With
    /// `skippingBadRows`, malformed records are passed over and counted instead of ending it, and blank
    /// lines between records are passed over. `progress` counts the bytes passed, once a batch.
    static func parse(_ scanner: RecordScanner, from start: Int, to end: Int, builders: [ColumnBuilder],
                      releasingPages: Bool, skippingBadRows: Bool,
                      checkpoint: (@Sendable () throws -> Void)?, progress: ProgressMeter? = nil) -> ChunkResult {
        let width = builders.count
        var result = ChunkResult(builders: builders)
        let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: width * batchRows)
        let fields = UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: width * batchRows)
        // Where each record of the batch starts, for the line of a cell that does not read.
        let recordStarts = UnsafeMutablePointer<Int>.allocate(capacity: batchRows)
        var arena: [UInt8] = []
        defer {
            spans.deallocate()
            fields.deallocate()
            recordStarts.deallocate()
        }
        var position = start
        var blankStart: Int?
        var sinceCheck = 0
        var released = start
        var counted = start
        while position < end && result.issue == nil {
            var batch = 0
            var escaped = false
            while batch < batchRows && position < end {
                let record = spans + batch * width
                switch scanner.scan(from: position, into: record, capacity: width) {
                case .failure(let issue) where skippingBadRows:
                    result.skip(at: issue.offset)
                    position = scanner.lineAfter(issue.offset)
                case .failure(let issue):
                    result.issue = issue
                case .record(let next, let count, let recordEnd):
                    if recordEnd == position && count == 1 && (width > 1 || isBlankRun(scanner, from: next)) {
                        if blankStart == nil && !skippingBadRows { blankStart = position }
                        position = next
                        continue
                    }
                    if let blank = blankStart {
                        result.issue = .tooFewFields(offset: blank, found: 0, expected: width)
                    } else if count < width && skippingBadRows {
                        result.skip(at: recordEnd)
                        position = next
                    } else if count < width {
                        result.issue = .tooFewFields(offset: recordEnd, found: count, expected: width)
                    } else {
                        for column in 0..<width where record[column].escaped { escaped = true }
                        recordStarts[batch] = position
                        batch += 1
                        position = next
                    }
                }
                if result.issue != nil { break }
            }
            if escaped { unescape(scanner.base, spans, count: batch * width, arena: &arena) }
            arena.withUnsafeBufferPointer { arenaBytes in
                for index in 0..<batch * width {
                    let span = spans[index]
                    // An escaped field's bytes were copied into the arena, so it is not empty when one is met.
                    let base = span.escaped ? arenaBytes.baseAddress! : scanner.base
                    fields[index] = UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
                }
            }
            for column in 0..<width { builders[column].append(fields + column, stride: width, count: batch) }
            let file = UnsafeBufferPointer(start: scanner.base, count: scanner.limit)
            for builder in builders where builder.unread.hasUnplaced {
                builder.placeUnread(batchRows: batch, in: file) { recordStarts[$0] }
            }
            result.rows += batch
            sinceCheck += batch
            if let progress {
                progress.advance(by: position - counted)
                counted = position
            }
            if sinceCheck >= checkInterval {
                sinceCheck = 0
                if releasingPages {
                    PageRelease.drop(scanner.base, from: released, to: position)
                    released = position
                }
                do { try checkpoint?() } catch {
                    result.interruption = error
                    break
                }
            }
        }
        result.end = position
        result.trailingBlank = blankStart
        progress?.advance(by: min(position, end) - min(counted, end))
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

    /// Copies each escaped field into `arena` with `""` turned into `"`, pointing its span there.
    private static func unescape(_ base: UnsafePointer<UInt8>, _ spans: UnsafeMutablePointer<FieldSpan>, count: Int,
                                 arena: inout [UInt8]) {
        arena.removeAll(keepingCapacity: true)
        for index in 0..<count where spans[index].escaped {
            let span = spans[index]
            let start = arena.count
            var offset = span.start
            while offset < span.end {
                let byte = base[offset]
                arena.append(byte)
                offset += byte == UInt8(ascii: "\"") ? 2 : 1
            }
            spans[index] = FieldSpan(start: start, end: arena.count, escaped: true)
        }
    }
}
