import Dispatch
import Foundation
import RapportCore

/// Reads CSV text into typed columns: the entry point other importers reuse.
///
/// The whole file is mapped into memory, split at line breaks into one stretch per core, and each stretch
/// is parsed straight into typed column arrays. A split that falls inside a quoted field is caught when
/// the stretch before it does not end exactly there; the rest is then parsed again on one thread.
public enum CSVReader {
    /// Reads the file at `path`.
    public static func read(file path: String, options: CSVOptions = CSVOptions()) throws -> CSVTable {
        let file = try MappedFile(path)
        return try withExtendedLifetime(file) { try read(buffer: file.bytes, fileName: path, mapped: true, options: options) }
    }

    /// Reads CSV held in memory; `fileName` is used in error positions.
    public static func read(bytes: [UInt8], fileName: String, options: CSVOptions = CSVOptions()) throws -> CSVTable {
        try bytes.withUnsafeBufferPointer { try read(buffer: $0, fileName: fileName, mapped: false, options: options) }
    }

    private static func read(buffer: UnsafeBufferPointer<UInt8>, fileName: String, mapped: Bool,
                             options: CSVOptions) throws -> CSVTable {
        let textStart = try InputCheck.textStart(of: buffer, file: fileName)
        func located(_ issue: CSVIssue) -> RapportError {
            RapportError(issue.message, at: FilePosition.locate(issue.offset, in: buffer, textStart: textStart, file: fileName))
        }
        let delimiter = options.delimiter
            ?? DelimiterSniffer.sniff(UnsafeBufferPointer(rebasing: buffer[textStart..<min(buffer.count, textStart + 65_536)]))
        let scanner = RecordScanner(base: buffer.baseAddress!, limit: buffer.count, delimiter: delimiter)
        let (names, renamed, dataStart) = try header(scanner, at: textStart, located: located)
        let width = names.count
        let sample = SampleGuess(scanner, from: dataStart, width: width, rows: options.sampleRows,
                                 format: options.numberFormat)
        let starts = chunkStarts(scanner, from: dataStart, width: width, options: options)
        var result = parseChunks(scanner, starts: starts, sample: sample, mapped: mapped, checkpoint: options.checkpoint)
        if let interruption = result.interruption { throw interruption }
        if let issue = result.issue { throw located(issue) }
        let retry = result.builders.map { builder -> ColumnBuilder in
            ColumnBuilder(kind: builder.needsText ? .text : .skip, format: sample.format, capacity: result.rows)
        }
        if result.builders.contains(where: \.needsText) {
            let again = ChunkParser.parse(scanner, from: dataStart, to: scanner.limit, builders: retry,
                                          releasingPages: mapped, checkpoint: options.checkpoint)
            if let interruption = again.interruption { throw interruption }
            for column in 0..<width where result.builders[column].needsText { result.builders[column] = retry[column] }
        }
        let columns = (0..<width).map { Column(name: names[$0], data: result.builders[$0].finish()) }
        return CSVTable(columns: columns, rowCount: result.rows, delimiter: delimiter, numberFormat: sample.format,
                        renamedColumns: renamed)
    }

    /// The header's unique names, the renamings, and where the data starts.
    private static func header(_ scanner: RecordScanner, at start: Int,
                               located: (CSVIssue) -> RapportError) throws -> ([String], [RenamedColumn], Int) {
        let capacity = 16_384
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
        defer { fields.deallocate() }
        switch scanner.scan(from: start, into: fields, capacity: capacity) {
        case .failure(let issue):
            throw located(issue)
        case .record(let next, let count, _):
            let raw = (0..<count).map { index -> String in
                let span = fields[index]
                let text = String(decoding: UnsafeBufferPointer(start: scanner.base + span.start, count: span.end - span.start),
                                  as: UTF8.self)
                return span.escaped ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
            }
            let (names, renamed) = HeaderNames.unique(raw)
            return (names, renamed, next)
        }
    }

    /// Where each thread starts: just after a line break near an equal share of the data.
    private static func chunkStarts(_ scanner: RecordScanner, from start: Int, width: Int, options: CSVOptions) -> [Int] {
        let length = scanner.limit - start
        let threads = width > 1 ? max(1, min(options.threads, length / max(1, options.minimumBytesPerThread))) : 1
        var starts = [start]
        for part in 1..<max(threads, 1) {
            let nominal = start + length / threads * part
            guard nominal > starts.last!,
                  let found = memchr(scanner.base + nominal, Int32(UInt8(ascii: "\n")), scanner.limit - nominal) else { break }
            let next = scanner.base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if next < scanner.limit { starts.append(next) }
        }
        return starts
    }

    /// Parses every stretch in parallel and joins them in order, re-parsing after a misplaced split.
    private static func parseChunks(_ scanner: RecordScanner, starts: [Int], sample: SampleGuess, mapped: Bool,
                                    checkpoint: (@Sendable () throws -> Void)?) -> ChunkResult {
        let ends = Array(starts.dropFirst()) + [scanner.limit]
        let results = UnsafeMutableBufferPointer<ChunkResult?>.allocate(capacity: starts.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: starts.count) { part in
            // The first stretch gets room for every row, as the others are appended to it.
            let bytes = part == 0 ? scanner.limit - starts[0] : ends[part] - starts[part]
            let capacity = Int(Double(bytes) / sample.bytesPerRow * 1.05) + 16
            let builders = sample.types.map { ColumnBuilder(type: $0, format: sample.format, capacity: capacity) }
            results[part] = ChunkParser.parse(scanner, from: starts[part], to: ends[part], builders: builders,
                                              releasingPages: mapped, checkpoint: checkpoint)
        }
        var merged = results[0]!
        for part in 1..<starts.count {
            if merged.issue != nil || merged.interruption != nil { break }
            if merged.end != starts[part] {
                let tail = ChunkParser.parse(scanner, from: merged.end, to: scanner.limit, builders: merged.builders,
                                             releasingPages: mapped, checkpoint: checkpoint)
                merged.rows += tail.rows
                merged.end = tail.end
                merged.issue = merged.trailingBlank != nil && (tail.rows > 0 || tail.issue != nil)
                    ? .tooFewFields(offset: merged.trailingBlank!, found: 0, expected: merged.builders.count) : tail.issue
                merged.interruption = tail.interruption
                merged.trailingBlank = tail.trailingBlank ?? merged.trailingBlank
                break
            }
            let next = results[part]!
            if let blank = merged.trailingBlank, next.rows > 0 || next.issue != nil {
                merged.issue = .tooFewFields(offset: blank, found: 0, expected: merged.builders.count)
                break
            }
            for (builder, following) in zip(merged.builders, next.builders) { builder.append(contentsOf: following) }
            merged.rows += next.rows
            merged.end = next.end
            merged.issue = next.issue
            merged.interruption = next.interruption
            merged.trailingBlank = next.trailingBlank ?? merged.trailingBlank
        }
        return merged
    }
}
