import RapportCore

/// Collects one column's values straight from field bytes into a typed array while a chunk is parsed.
///
/// A value that does not fit the guessed type widens integers to decimals; anything else marks the
/// column `needsText`, and the reader reads that column again as text.
final class ColumnBuilder {
    /// What the builder makes of each field.
    enum Kind: Equatable {
        case integer, decimal, boolean, time, text
        /// Ignores the field (columns not wanted in a second pass).
        case skip
    }

    private(set) var kind: Kind
    /// Whether a value did not fit, so the column must be read again as text.
    private(set) var needsText = false
    private(set) var rows = 0
    private(set) var missing = MissingMask()
    private let format: NumberFormat
    private var integers: [Int64] = []
    private var decimals: [Double] = []
    private var booleans: [Bool] = []
    private var dictionary: TextDictionary? = TextDictionary()
    private var codes: [UInt32] = []
    private var plain: [String] = []

    /// Rows after which a text column whose distinct values exceed half its rows stops dictionary-encoding.
    static let encodingCheckInterval = 16_384

    /// A builder of the given kind, with room for about `capacity` rows.
    init(kind: Kind, format: NumberFormat, capacity: Int) {
        self.kind = kind
        self.format = format
        switch kind {
        case .integer, .time: integers.reserveCapacity(capacity)
        case .decimal: decimals.reserveCapacity(capacity)
        case .boolean: booleans.reserveCapacity(capacity)
        case .text: codes.reserveCapacity(capacity)
        case .skip: break
        }
    }

    /// A builder for a column of the given type.
    convenience init(type: ColumnType, format: NumberFormat, capacity: Int) {
        let kinds: [ColumnType: Kind] = [.integer: .integer, .decimal: .decimal, .boolean: .boolean,
                                         .time: .time, .text: .text]
        self.init(kind: kinds[type]!, format: format, capacity: capacity)
    }

    /// Adds one field's bytes (already unquoted) as the next row.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let row = rows
        rows += 1
        if needsText || kind == .skip { return }
        if MissingMarker.isMissing(bytes) {
            missing.markMissing(row)
            appendPlaceholder()
            return
        }
        switch kind {
        case .integer:
            if let value = format.integer(bytes) {
                integers.append(value)
            } else if let value = format.decimal(bytes) {
                widenToDecimal()
                decimals.append(value)
            } else {
                giveUp()
            }
        case .decimal:
            if let value = format.decimal(bytes) { decimals.append(value) } else { giveUp() }
        case .boolean:
            if let value = BooleanParser.parse(bytes) { booleans.append(value) } else { giveUp() }
        case .time:
            if let value = TimeParser.parse(bytes) { integers.append(value) } else { giveUp() }
        case .text:
            appendText(bytes)
        case .skip:
            break
        }
    }

    /// Adds the rows of a builder of the chunk that follows this one.
    func append(contentsOf other: ColumnBuilder) {
        missing = missing.appending(other.missing, after: rows)
        rows += other.rows
        if needsText || other.needsText {
            giveUp()
            return
        }
        switch (kind, other.kind) {
        case (.integer, .decimal):
            widenToDecimal()
            decimals.append(contentsOf: other.decimals)
        case (.decimal, .integer):
            decimals.append(contentsOf: other.integers.lazy.map(Double.init))
        case (.integer, _), (.time, _):
            integers.append(contentsOf: other.integers)
        case (.decimal, _):
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
        case .decimal: return .decimal(decimals, missing)
        case .boolean: return .boolean(booleans, missing)
        case .time: return .time(integers, missing)
        case .text, .skip:
            if let dictionary, dictionary.count > 1024 && dictionary.count * 2 > rows { stopEncoding() }
            if let dictionary { return .text(TextValues(pool: dictionary.strings, codes: codes), missing) }
            return .text(TextValues(plain: plain), missing)
        }
    }

    private func appendPlaceholder() {
        switch kind {
        case .integer, .time: integers.append(0)
        case .decimal: decimals.append(0)
        case .boolean: booleans.append(false)
        case .text: appendText(UnsafeBufferPointer(start: nil, count: 0))
        case .skip: break
        }
    }

    @inline(__always)
    private func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if dictionary != nil {
            codes.append(dictionary!.code(for: bytes))
            if rows % Self.encodingCheckInterval == 0 && dictionary!.count * 2 > rows { stopEncoding() }
        } else {
            plain.append(String(decoding: bytes, as: UTF8.self))
        }
    }

    private func appendText(of other: ColumnBuilder) {
        if let otherDictionary = other.dictionary, dictionary != nil {
            let remap = otherDictionary.strings.map { string -> UInt32 in
                var copy = string
                return copy.withUTF8 { dictionary!.code(for: $0) }
            }
            codes.append(contentsOf: other.codes.lazy.map { remap[Int($0)] })
            if dictionary!.count * 2 > rows && rows >= Self.encodingCheckInterval { stopEncoding() }
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
        plain = codes.map { dictionary.strings[Int($0)] }
        codes = []
        self.dictionary = nil
    }

    private func widenToDecimal() {
        decimals = integers.map(Double.init)
        decimals.reserveCapacity(integers.capacity)
        integers = []
        kind = .decimal
    }

    private func giveUp() {
        needsText = true
        integers = []
        decimals = []
        booleans = []
        codes = []
        plain = []
        dictionary = nil
    }
}
