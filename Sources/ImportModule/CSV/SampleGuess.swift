import RapportCore

/// Column types and number format guessed from the first records, and their average length.
struct SampleGuess {
    /// How to build each column.
    var kinds: [ColumnBuilder.Kind]
    /// The number format found (or the one given).
    var format: NumberFormat
    /// Average bytes per record, for reserving room.
    var bytesPerRow: Double

    /// Looks at up to `rows` records from `start`; stops early at a malformed record, which parsing
    /// reports, unless `skippingBadRows`, when it passes over it. The column names tell time columns.
    init(_ scanner: RecordScanner, from start: Int, names: [String], rows: Int, format given: NumberFormat?,
         skippingBadRows: Bool) {
        let width = names.count
        var spans: [FieldSpan] = []
        spans.reserveCapacity(min(rows, 100_000) * width)
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: width)
        defer { fields.deallocate() }
        var position = start
        var records = 0
        while records < rows && position < scanner.limit {
            let outcome = scanner.scan(from: position, into: fields, capacity: width)
            guard case .record(let next, let count, _) = outcome, count == width else {
                guard skippingBadRows else { break }
                if case .record(let next, _, _) = outcome { position = next }
                if case .failure(let issue) = outcome { position = scanner.lineAfter(issue.offset) }
                continue
            }
            spans.append(contentsOf: UnsafeBufferPointer(start: fields, count: width))
            records += 1
            position = next
        }
        bytesPerRow = records > 0 ? Double(position - start) / Double(records) : 64
        // Fields with doubled quotes are looked at as they stand: a quote makes them text either way.
        let fieldBytes = spans.map { UnsafeBufferPointer(start: scanner.base + $0.start, count: $0.end - $0.start) }
        var chosen = given ?? .point
        if given == nil {
            var detector = NumberFormatDetector()
            for bytes in fieldBytes { detector.observe(bytes) }
            chosen = detector.format(delimiter: scanner.delimiter)
        }
        var guesses = [TypeGuess](repeating: TypeGuess(), count: width)
        for (index, bytes) in fieldBytes.enumerated() where !MissingMarker.isMissing(bytes) {
            guesses[index % width].observe(bytes, format: chosen)
        }
        format = chosen
        kinds = zip(guesses, names).map { $0.kind(timeName: TimeColumnName.suggestsTime($1)) }
    }
}
