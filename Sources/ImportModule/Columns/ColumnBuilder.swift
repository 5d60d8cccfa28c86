import Foundation
import RapportCore

/// Collects one column's values straight from field bytes into a typed array while a chunk is parsed.
///
/// A value that does not fit the guessed type widens integers to decimals and decimals to numbers
/// with units; anything else is missing and counted in `unread`, until more than `UnreadLimit` allows mark the column
/// `needsText`, and the reader reads that column again as text.
final class ColumnBuilder {
    /// What the builder makes of each field.
    enum Kind: Equatable {
        case integer, decimal, boolean, time, text
        /// Decimals that may carry a unit: `3.5%` is 0.035, `3.3k` is 3300.
        case scaled
        /// Whole seconds since 1970, in a column whose name says it holds times.
        case unixSeconds
        /// Ignores the field (columns not wanted in a second pass).
        case skip
    }

    private(set) var kind: Kind
    /// Whether a value did not fit, so the column must be read again as text.
    private(set) var needsText = false
    /// Whether a value was a percentage, so the column holds fractions where the file showed percent.
    private(set) var sawPercent = false
    /// Whether a text held bytes that are not UTF-8, read with U+FFFD in their place (a UTF-8 guess that was wrong).
    /// Told by the decoded length, which costs nothing; a cut-off 3-byte character, replaced by a 3-byte U+FFFD,
    /// passes unseen.
    var repairedText: Bool { repairedPlain || (dictionary?.repaired ?? false) }
    private var repairedPlain = false
    private(set) var rows = 0
    private(set) var missing = MissingMask()
    /// The cells that did not read as the kind and are missing.
    private(set) var unread = UnreadTally()
    private let format: NumberFormat
    /// The workspace's zone that times without an offset are read in; nil for UTC.
    private let localTime: LocalTime?
    private var integers: [Int64] = []
    private var decimals: [Double] = []
    private var booleans: [Bool] = []
    private var dictionary: TextDictionary? = TextDictionary()
    private var codes: [UInt32] = []
    private var plain: [String] = []

    /// Rows after which a text column whose distinct values exceed half its rows stops dictionary-encoding.
    static let encodingCheckInterval = 16_384

    /// A builder of the given kind, with room for about `capacity` rows; times without an offset are
    /// read in `timeZone`.
    init(kind: Kind, format: NumberFormat, capacity: Int, timeZone: TimeZone? = nil) {
        self.kind = kind
        self.format = format
        let utc = timeZone.map { $0.secondsFromGMT() == 0 && $0.nextDaylightSavingTimeTransition == nil } ?? true
        localTime = kind == .time && !utc ? timeZone.map(LocalTime.init) : nil
        switch kind {
        case .integer, .time, .unixSeconds: integers.reserveCapacity(capacity)
        case .decimal, .scaled: decimals.reserveCapacity(capacity)
        case .boolean: booleans.reserveCapacity(capacity)
        case .text: codes.reserveCapacity(capacity)
        case .skip: break
        }
    }

    /// Adds a batch of rows: field `row` is `fields[row * stride]`, bytes already unquoted.
    ///
    /// Each type has its own tight loop over local arrays; a value that does not fit ends the loop,
    /// the builder widens or gives up, and the rest of the batch goes on under the new kind.
    func append(_ fields: UnsafePointer<UnsafeBufferPointer<UInt8>>, stride: Int, count: Int) {
        var row = 0
        while row < count {
            switch kind {
            case .integer, .unixSeconds: row = appendIntegers(fields, stride: stride, from: row, count: count)
            case .decimal:
                row = appendParsed(\.decimals, placeholder: 0, fields, stride: stride, from: row, count: count,
                                   widening: true) { format.decimal($0) }
            case .scaled:
                row = appendParsed(\.decimals, placeholder: 0, fields, stride: stride, from: row, count: count) { scaled($0) }
            case .boolean:
                row = appendParsed(\.booleans, placeholder: false, fields, stride: stride, from: row, count: count, parse: BooleanParser.parse)
            case .time:
                row = appendParsed(\.integers, placeholder: 0, fields, stride: stride, from: row, count: count) { time($0) }
            case .text: row = appendTexts(fields, stride: stride, from: row, count: count)
            case .skip: row = count
            }
            if needsText { row = count }
        }
        rows += count
    }

    private func appendIntegers(_ fields: UnsafePointer<UnsafeBufferPointer<UInt8>>, stride: Int, from first: Int,
                                count: Int) -> Int {
        var values = integers
        integers = []
        defer { if kind == .integer || kind == .unixSeconds { integers = values } }
        for row in first..<count {
            let bytes = fields[row * stride]
            if let value = format.integer(bytes) {
                // Seconds beyond the years a time can have: the column holds integers after all.
                if kind == .unixSeconds && !ISOTime.fourDigitYears.contains(value) { kind = .integer }
                values.append(value)
            } else if MissingMarker.isMissing(bytes) {
                missing.markMissing(rows + row)
                values.append(0)
            } else if kind == .integer, let value = format.decimal(bytes) {
                decimals = values.map(Double.init)
                decimals.reserveCapacity(values.capacity)
                decimals.append(value)
                kind = .decimal
                return row + 1
            } else if kind == .integer, ScaledNumber.parse(bytes, format: format) != nil {
                decimals = values.map(Double.init)
                decimals.reserveCapacity(values.capacity)
                kind = .scaled
                return row
            } else if takeUnread(bytes, row: rows + row) {
                values.append(0)
            } else {
                giveUp()
                return count
            }
        }
        return count
    }

    /// Appends parsed values (a placeholder under missing ones) until a field neither parses nor is
    /// missing; then, when `widening` and the field is a number with a unit, the column goes on as
    /// `.scaled` from that field, else it gives up and is read again as text. Decimals, numbers with
    /// units, booleans and times share it.
    @inline(__always)
    private func appendParsed<Value>(_ storage: ReferenceWritableKeyPath<ColumnBuilder, [Value]>, placeholder: Value,
                                     _ fields: UnsafePointer<UnsafeBufferPointer<UInt8>>, stride: Int, from first: Int,
                                     count: Int, widening: Bool = false,
                                     parse: (UnsafeBufferPointer<UInt8>) -> Value?) -> Int {
        var values = self[keyPath: storage]
        self[keyPath: storage] = []
        defer { if !needsText { self[keyPath: storage] = values } }
        for row in first..<count {
            let bytes = fields[row * stride]
            if let value = parse(bytes) {
                values.append(value)
            } else if MissingMarker.isMissing(bytes) {
                missing.markMissing(rows + row)
                values.append(placeholder)
            } else if widening && ScaledNumber.parse(bytes, format: format) != nil {
                kind = .scaled
                return row
            } else if takeUnread(bytes, row: rows + row) {
                values.append(placeholder)
            } else {
                giveUp()
                return count
            }
        }
        return count
    }

    /// Takes a cell that does not read as the kind as missing and counts it; false once too many did
    /// (`UnreadLimit.exceeded`), so the column is text after all. Only reached on the slow path, when a cell fails.
    private func takeUnread(_ bytes: UnsafeBufferPointer<UInt8>, row: Int) -> Bool {
        let marker = MissingMarker.isMarker(bytes)
        if !marker && UnreadLimit.exceeded(unread.unreadable + 1, rows: row + 1) { return false }
        unread.add(bytes, row: row, marker: marker)
        missing.markMissing(row)
        return true
    }

    /// Gives the kept unread cells of the batch just appended their byte offsets in `file`; `recordStart` gives the
    /// start of a record of that batch by its index in the batch.
    func placeUnread(batchRows: Int, in file: UnsafeBufferPointer<UInt8>, recordStart: (Int) -> Int) {
        let first = rows - batchRows
        unread.place(in: file) { recordStart($0 - first) }
    }

    /// Whether more cells failed to read than `UnreadLimit` allows for the whole column; it is then text after all.
    func refuseTooManyUnread() {
        guard !needsText, unread.unreadable > 0 else { return }
        let filled = rows - missing.count + unread.count
        if !UnreadLimit.allows(unread.unreadable, of: filled) { giveUp() }
    }

    /// A number with or without a unit (`3.5%` is 0.035, `3.3k` is 3300), noting percentages.
    @inline(__always)
    private func scaled(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let (value, percent) = ScaledNumber.parse(bytes, format: format) else { return nil }
        if percent { sawPercent = true }
        return value
    }

    /// A point in time; one without an offset is read in the workspace's zone.
    @inline(__always)
    private func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let (seconds, hasOffset) = TimeParser.parse(bytes) else { return nil }
        guard !hasOffset, let localTime else { return seconds }
        return localTime.moment(ofLocal: seconds)
    }

    private func appendTexts(_ fields: UnsafePointer<UnsafeBufferPointer<UInt8>>, stride: Int, from first: Int,
                             count: Int) -> Int {
        for row in first..<count where MissingMarker.isMissing(fields[row * stride]) { missing.markMissing(rows + row) }
        guard var encoding = dictionary else {
            for row in first..<count {
                let bytes = fields[row * stride]
                guard !MissingMarker.isMissing(bytes) else {
                    plain.append("")
                    continue
                }
                let text = String(decoding: bytes, as: UTF8.self)
                if text.utf8.count != bytes.count { repairedPlain = true }
                plain.append(text)
            }
            return count
        }
        dictionary = nil
        var values = codes
        codes = []
        for row in first..<count {
            let bytes = fields[row * stride]
            values.append(encoding.code(for: MissingMarker.isMissing(bytes) ? UnsafeBufferPointer(start: nil, count: 0) : bytes))
        }
        dictionary = encoding
        codes = values
        let seen = rows + count
        if seen / Self.encodingCheckInterval != rows / Self.encodingCheckInterval && encoding.count * 2 > seen {
            stopEncoding()
        }
        return count
    }

    /// Adds the rows of a builder of the chunk that follows this one, emptying that one to save memory.
    func append(contentsOf other: ColumnBuilder) {
        defer { other.release() }
        missing = missing.appending(other.missing, after: rows)
        unread.append(other.unread, after: rows)
        rows += other.rows
        sawPercent = sawPercent || other.sawPercent
        repairedPlain = repairedPlain || other.repairedText
        if needsText || other.needsText {
            giveUp()
            return
        }
        if kind == .unixSeconds && other.kind != .unixSeconds { kind = .integer }
        switch (kind, other.kind) {
        case (.integer, .decimal), (.integer, .scaled):
            widenToDecimal()
            kind = other.kind
            decimals.append(contentsOf: other.decimals)
        case (.decimal, .integer), (.scaled, .integer):
            decimals.append(contentsOf: other.integers.lazy.map(Double.init))
        case (.integer, _), (.time, _), (.unixSeconds, _):
            integers.append(contentsOf: other.integers)
        case (.decimal, _), (.scaled, _):
            if other.kind == .scaled { kind = .scaled }
            decimals.append(contentsOf: other.decimals)
        case (.boolean, _):
            booleans.append(contentsOf: other.booleans)
        case (.text, _):
            appendText(of: other)
        case (.skip, _):
            break
        }
    }

    /// The finished column values; only valid when `needsText` is false.
    func finish() -> ColumnData {
        switch kind {
        case .integer: return .integer(integers, missing)
        case .decimal, .scaled: return .decimal(decimals, missing)
        case .boolean: return .boolean(booleans, missing)
        case .time, .unixSeconds: return .time(integers, missing)
        case .text, .skip:
            if let dictionary, dictionary.count > 1024 && dictionary.count * 2 > rows { stopEncoding() }
            if let dictionary { return .text(TextValues(pool: dictionary.strings, codes: codes), missing) }
            return .text(TextValues(plain: plain), missing)
        }
    }

    private func appendText(of other: ColumnBuilder) {
        if let otherDictionary = other.dictionary, var encoding = dictionary {
            dictionary = nil  // so that adding codes does not copy the dictionary
            let remap = otherDictionary.strings.map { string -> UInt32 in
                var copy = string
                return copy.withUTF8 { encoding.code(for: $0) }
            }
            dictionary = encoding
            codes.append(contentsOf: other.codes.lazy.map { remap[Int($0)] })
            if encoding.count * 2 > rows && rows >= Self.encodingCheckInterval { stopEncoding() }
            return
        }
        stopEncoding()
        if let otherDictionary = other.dictionary {
            plain.append(contentsOf: other.codes.lazy.map { otherDictionary.strings[Int($0)] })
        } else {
            plain.append(contentsOf: other.plain)
        }
    }

    private func stopEncoding() {
        guard let dictionary else { return }
        repairedPlain = repairedPlain || dictionary.repaired
        plain.reserveCapacity(codes.capacity)
        plain.append(contentsOf: codes.lazy.map { dictionary.strings[Int($0)] })
        codes = []
        self.dictionary = nil
    }

    private func widenToDecimal() {
        decimals = integers.map(Double.init)
        integers = []
        kind = .decimal
    }

    private func giveUp() {
        needsText = true
        release()
    }

    /// Frees the values held.
    private func release() {
        integers = []
        decimals = []
        booleans = []
        codes = []
        plain = []
        dictionary = nil
    }
}
