import RapportCore

/// The line of column descriptions ("Lifetime: The total number of people …") that legacy Facebook
/// Page Insights exports put right after the header.
enum DescriptionLine {
    /// How many records after it are looked at.
    static let followingRows = 20

    /// Where the data starts when the record at `start` is such a line: every field is text or empty,
    /// while in at least two of its texted columns the records after it hold only numbers; nil otherwise.
    static func end(_ scanner: RecordScanner, at start: Int, width: Int) -> Int? {
        guard width >= 2 else { return nil }
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: width)
        defer { fields.deallocate() }
        func value(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: scanner.base + fields[column].start, count: fields[column].end - fields[column].start)
        }
        guard case .record(let next, let count, _) = scanner.scan(from: start, into: fields, capacity: width),
              count == width else { return nil }
        var described = [Bool](repeating: false, count: width)
        for column in 0..<width where !MissingMarker.isMissing(value(column)) {
            if isNumber(value(column)) { return nil }
            described[column] = true
        }
        var numeric = described
        var sawNumber = [Bool](repeating: false, count: width)
        var position = next
        for _ in 0..<followingRows where position < scanner.limit {
            guard case .record(let after, let count, _) = scanner.scan(from: position, into: fields, capacity: width),
                  count == width else { break }
            for column in 0..<width where numeric[column] && !MissingMarker.isMissing(value(column)) {
                if isNumber(value(column)) { sawNumber[column] = true } else { numeric[column] = false }
            }
            position = after
        }
        let numberColumns = (0..<width).filter { numeric[$0] && sawNumber[$0] }.count
        return numberColumns >= 2 ? next : nil
    }

    /// Whether the bytes read as a number in either convention, with or without a unit.
    private static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ScaledNumber.parse(bytes, format: .point) != nil || ScaledNumber.parse(bytes, format: .comma) != nil
    }
}
