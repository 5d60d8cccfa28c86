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
        return try withExtendedLifetime(file) { try decode(file.bytes, fileName: path, mapped: true, options: options) }
    }

    /// Reads CSV held in memory; `fileName` is used in error positions.
    public static func read(bytes: [UInt8], fileName: String, options: CSVOptions = CSVOptions()) throws -> CSVTable {
        try bytes.withUnsafeBufferPointer { try decode($0, fileName: fileName, mapped: false, options: options) }
    }

    /// Reads UTF-8 in place and other encodings from a UTF-8 copy.
    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String, mapped: Bool,
                               options: CSVOptions) throws -> CSVTable {
        if buffer.isEmpty { throw RapportError(Words.csvEmptyFile(fileName)) }
        let encoding = try options.encoding ?? detect(buffer, fileName: fileName)
        let text: [UInt8]
        switch encoding {
        case .utf8:
            if options.encoding == .utf8, let bad = TextEncoding.firstInvalidUTF8(buffer) {
                throw RapportError(Words.csvNotUTF8, at: FilePosition.locate(bad, in: buffer, textStart: 0, file: fileName))
            }
            return try read(buffer: buffer, fileName: fileName, mapped: mapped, options: options)
        case .utf16: text = UTF16Decoder.utf8(buffer)
        case .windows1252: text = Windows1252Decoder.utf8(buffer)
        }
        if text.isEmpty { throw RapportError(Words.csvOnlyByteOrderMark(fileName)) }
        var table = try text.withUnsafeBufferPointer { try read(buffer: $0, fileName: fileName, mapped: false, options: options) }
        table.encoding = encoding
        return table
    }

    /// The encoding of a file none was given for; bytes that are neither UTF-8 nor Windows-1252 text are refused.
    private static func detect(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String) throws -> TextEncoding {
        let encoding = TextEncoding.detect(buffer)
        if encoding == .windows1252
            && InputCheck.looksBinary(UnsafeBufferPointer(rebasing: buffer[0..<min(buffer.count, InputCheck.probeLength)])) {
            throw RapportError(Words.csvBinary(fileName))
        }
        return encoding
    }

    /// Reads UTF-8 text: the `sep=` line, the header, a line of descriptions, then the records in parallel.
    private static func read(buffer: UnsafeBufferPointer<UInt8>, fileName: String, mapped: Bool,
                             options: CSVOptions) throws -> CSVTable {
        let lineOrigin = try InputCheck.textStart(of: buffer, file: fileName)
        options.progress?.expect(buffer.count)
        func located(_ issue: CSVIssue) -> RapportError {
            RapportError(issue.message, at: FilePosition.locate(issue.offset, in: buffer, textStart: lineOrigin, file: fileName))
        }
        var textStart = lineOrigin
        var delimiter = options.delimiter
        if let line = SeparatorLine.parse(buffer, at: textStart) {
            textStart = line.next
            delimiter = delimiter ?? line.delimiter
        }
        let chosen = delimiter
            ?? DelimiterSniffer.sniff(UnsafeBufferPointer(rebasing: buffer[textStart..<min(buffer.count, textStart + 65_536)]))
        guard let base = buffer.baseAddress else { throw RapportError(Words.csvEmptyFile(fileName)) }
        let scanner = RecordScanner(base: base, limit: buffer.count, delimiter: chosen)
        var (names, renamed, dataStart) = try header(scanner, at: textStart, located: located)
        let width = names.count
        let description = DescriptionLine.end(scanner, at: dataStart, width: width)
        dataStart = description ?? dataStart
        let sample = SampleGuess(scanner, from: dataStart, names: names, rows: options.sampleRows,
                                 format: options.numberFormat, skippingBadRows: options.skipBadRows)
        let starts = chunkStarts(scanner, from: dataStart, width: width, options: options)
        var result = parseChunks(scanner, starts: starts, sample: sample, mapped: mapped, options: options)
        if let interruption = result.interruption { throw interruption }
        if let issue = result.issue { throw located(issue) }
        for builder in result.builders { builder.refuseTooManyUnread() }
        let retry = result.builders.map { builder -> ColumnBuilder in
            ColumnBuilder(kind: builder.needsText ? .text : .skip, format: sample.format, capacity: result.rows)
        }
        if result.builders.contains(where: \.needsText) {
            options.progress?.extendTotal(by: scanner.limit - dataStart)
            let again = ChunkParser.parse(scanner, from: dataStart, to: scanner.limit, builders: retry, releasingPages: mapped,
                                          skippingBadRows: options.skipBadRows, checkpoint: options.checkpoint,
                                          progress: options.progress)
            if let interruption = again.interruption { throw interruption }
            for column in 0..<width where result.builders[column].needsText { result.builders[column] = retry[column] }
        }
        let columns = (0..<width).map { Column(name: names[$0], data: result.builders[$0].finish()) }
        var table = CSVTable(columns: columns, rowCount: result.rows, delimiter: chosen, numberFormat: sample.format,
                             renamedColumns: renamed)
        table.percentColumns = (0..<width).filter { result.builders[$0].sawPercent && columns[$0].type == .decimal }
            .map { names[$0] }
        table.repairedColumns = (0..<width).filter { result.builders[$0].repairedText }.map { names[$0] }
        let located = (0..<width).filter { !result.builders[$0].needsText && result.builders[$0].unread.count > 0 }.map {
            unreadCells(of: result.builders[$0], column: columns[$0], buffer: buffer, textStart: lineOrigin,
                        file: fileName)
        }
        table.unreadCells = located.map(\.report)
        table.firstUnreadCell = located.compactMap(\.first).min { ($0.position.line ?? 0, $0.position.column ?? 0)
                                                                  < ($1.position.line ?? 0, $1.position.column ?? 0) }
        table.skippedDescriptionLine = description != nil
        table.skippedRows = result.skippedCount
        table.skippedLines = result.skippedOffsets.map {
            FilePosition.locate($0, in: buffer, textStart: lineOrigin, file: fileName).line ?? 0
        }
        return table
    }

    /// The report of a column's cells that did not read, with the lines of the first few, and the first one's place.
    private static func unreadCells(of builder: ColumnBuilder, column: Column, buffer: UnsafeBufferPointer<UInt8>,
                                    textStart: Int, file: String) -> (report: UnreadCells, first: UnreadCell?) {
        let positions = builder.unread.samples.map { sample in
            sample.offset.map { FilePosition.locate($0, in: buffer, textStart: textStart, file: file) }
        }
        let cells = zip(builder.unread.samples, positions).map {
            UnreadCells.Cell(line: $1?.line ?? 0, value: $0.text)
        }
        let report = UnreadCells(column: column.name, type: column.type, count: builder.unread.count, cells: cells)
        var first: UnreadCell?
        if let sample = builder.unread.samples.first, let position = positions.first ?? nil {
            first = UnreadCell(column: column.name, type: column.type, value: sample.text, position: position)
        }
        return (report, first)
    }

    /// The most columns a file may have (Excel's limit too).
    static let largestWidth = 16_384

    /// The header's unique names, the renamings, and where the data starts.
    private static func header(_ scanner: RecordScanner, at start: Int,
                               located: (CSVIssue) -> RapportError) throws -> ([String], [RenamedColumn], Int) {
        let capacity = largestWidth
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
        defer { fields.deallocate() }
        switch scanner.scan(from: start, into: fields, capacity: capacity) {
        case .failure(.tooManyFields(let offset, _)):
            throw located(.headerTooWide(offset: offset, largest: capacity))
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
            guard nominal > starts.last ?? start,
                  let found = memchr(scanner.base + nominal, Int32(UInt8(ascii: "\n")), scanner.limit - nominal) else { break }
            let next = scanner.base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if next < scanner.limit { starts.append(next) }
        }
        return starts
    }

    /// Parses every stretch in parallel and joins them in order, re-parsing after a misplaced split.
    private static func parseChunks(_ scanner: RecordScanner, starts: [Int], sample: SampleGuess, mapped: Bool,
                                    options: CSVOptions) -> ChunkResult {
        let checkpoint = options.checkpoint, skipping = options.skipBadRows, progress = options.progress
        let ends = Array(starts.dropFirst()) + [scanner.limit]
        let results = UnsafeMutableBufferPointer<ChunkResult?>.allocate(capacity: starts.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: starts.count) { part in
            // The first stretch gets room for every row, as the others are appended to it.
            let bytes = part == 0 ? scanner.limit - starts[0] : ends[part] - starts[part]
            let capacity = Int(Double(bytes) / sample.bytesPerRow * 1.05) + 16
            let builders = sample.kinds.map {
                ColumnBuilder(kind: $0, format: sample.format, capacity: capacity, timeZone: options.timeZone)
            }
            results[part] = ChunkParser.parse(scanner, from: starts[part], to: ends[part], builders: builders,
                                              releasingPages: mapped, skippingBadRows: skipping, checkpoint: checkpoint,
                                              progress: progress)
        }
        // concurrentPerform has filled every part, so the results below are all there.
        var merged = results[0]!
        for part in 1..<starts.count {
            if merged.issue != nil || merged.interruption != nil { break }
            if merged.end != starts[part] {
                let tail = ChunkParser.parse(scanner, from: merged.end, to: scanner.limit, builders: merged.builders,
                                             releasingPages: mapped, skippingBadRows: skipping, checkpoint: checkpoint)
                merged.rows += tail.rows
                merged.addSkips(of: tail)
                merged.end = tail.end
                merged.issue = tail.issue
                if let blank = merged.trailingBlank, tail.rows > 0 || tail.issue != nil {
                    merged.issue = .tooFewFields(offset: blank, found: 0, expected: merged.builders.count)
                }
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
            merged.addSkips(of: next)
            merged.end = next.end
            merged.issue = next.issue
            merged.interruption = next.interruption
            merged.trailingBlank = next.trailingBlank ?? merged.trailingBlank
        }
        return merged
    }
}
