import RapportCore

/// Turns the cells read for one column into typed column values.
///
/// Cells of one kind keep it (integers mixed with decimals become decimals); a column that mixes other
/// kinds, or holds only text, is typed from its text the way CSV columns are, so `"12"` and `"2024-03-01"`
/// become numbers and times, and the texts `""` and `"-"` are missing (and counted, for the import to say so).
enum CellColumn {
    /// The typed values of `cells`, and how many of its texts were read as missing.
    static func data(_ cells: [Cell]) -> (data: ColumnData, missingTexts: Int) {
        var kinds = Set<ColumnType>()
        for cell in cells {
            switch cell {
            case .missing: continue
            case .integer: kinds.insert(.integer)
            case .decimal: kinds.insert(.decimal)
            case .boolean: kinds.insert(.boolean)
            case .time: kinds.insert(.time)
            case .text: kinds.insert(.text)
            }
        }
        if kinds == [.integer, .decimal] { return (ColumnData.from(cells: cells, as: .decimal), 0) }
        if kinds.count == 1, let kind = kinds.first, kind != .text {
            return (ColumnData.from(cells: cells, as: kind), 0)
        }
        return typedText(cells.map(text))
    }

    /// A present cell as text, nil when missing.
    private static func text(_ cell: Cell) -> String? {
        switch cell {
        case .missing: return nil
        case .integer(let value): return String(value)
        case .decimal(let value): return JSONWriter.numberText(value)
        case .boolean(let value): return value ? "true" : "false"
        case .time(let seconds): return ISOTime.format(seconds)
        case .text(let value): return value
        }
    }

    /// Text values typed with the CSV path's guess and builder; nil, empty and `-` are missing; also how many of the
    /// texts were empty or `-`.
    private static func typedText(_ values: [String?]) -> (data: ColumnData, missingTexts: Int) {
        guard !values.isEmpty else { return (.text(TextValues(plain: []), MissingMask()), 0) }
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(values.count)
        for value in values {
            if let value { bytes.append(contentsOf: value.utf8) }
            ends.append(bytes.count)
        }
        var missingTexts = 0
        let data = bytes.withUnsafeBufferPointer { buffer -> ColumnData in
            var fields: [UnsafeBufferPointer<UInt8>] = []
            fields.reserveCapacity(ends.count)
            var start = 0
            for end in ends {
                fields.append(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
            }
            for (field, value) in zip(fields, values) where value != nil && MissingMarker.isMissing(field) {
                missingTexts += 1
            }
            var detector = NumberFormatDetector()
            for field in fields { detector.observe(field) }
            let format = detector.format(delimiter: UInt8(ascii: ","))
            var guess = TypeGuess()
            for field in fields where !MissingMarker.isMissing(field) { guess.observe(field, format: format) }
            // A workbook's or JSON file's cells have no lines to report, so a column with cells that do not read as
            // its type stays text, as it always has.
            var builder = ColumnBuilder(kind: guess.kind(timeName: false), format: format, capacity: fields.count)
            for kind in [nil, ColumnBuilder.Kind.text] {
                if let kind { builder = ColumnBuilder(kind: kind, format: format, capacity: fields.count) }
                fields.withUnsafeBufferPointer { all in
                    if let first = all.baseAddress { builder.append(first, stride: 1, count: all.count) }
                }
                if !builder.needsText && builder.unread.count == 0 { break }
            }
            return builder.finish()
        }
        return (data, missingTexts)
    }
}
