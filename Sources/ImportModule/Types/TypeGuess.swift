import RapportCore

/// The narrowest way to read every value seen so far: integer, decimal, boolean, time, numbers with
/// units (`3.5%`, `3.3k`), else text; and whether the integers all look like Unix seconds. A column of numbers (or
/// times) with a few values that are neither (at most `UnreadLimit.share`) is still numbers (or times): those values
/// will be missing, and the import reports them.
struct TypeGuess {
    private var canInteger = true
    private var canDecimal = true
    private var canBoolean = true
    private var unixSeconds = true
    private var values = 0
    /// Values that are no number with or without a unit, and no time.
    private var notNumbers = 0
    private var notTimes = 0

    /// Narrows the guess by one present (non-missing) value; a missing marker (`n/a`, `NaN%`) counts as no value.
    mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, format: NumberFormat) {
        if MissingMarker.isMarker(bytes) { return }
        values += 1
        if canBoolean && BooleanParser.parse(bytes) == nil { canBoolean = false }
        if TimeParser.parse(bytes) == nil { notTimes += 1 }
        let integer = format.integer(bytes) != nil
        let decimal = integer || format.decimal(bytes) != nil
        guard decimal || ScaledNumber.parse(bytes, format: format) != nil else {
            notNumbers += 1
            unixSeconds = false
            return
        }
        if !integer { canInteger = false }
        if unixSeconds && !((9...10).contains(bytes.count) && bytes.allSatisfy { $0 &- 48 < 10 }) { unixSeconds = false }
        if !decimal { canDecimal = false }
    }

    /// How to build the column; a column with no value at all is text. Integers of 9 or 10 digits
    /// become times when `timeName` says the column holds times.
    func kind(timeName: Bool) -> ColumnBuilder.Kind {
        guard values > 0 else { return .text }
        if notNumbers == 0 && canInteger { return unixSeconds && timeName ? .unixSeconds : .integer }
        if notNumbers == 0 && canDecimal { return .decimal }
        if canBoolean { return .boolean }
        if notTimes == 0 { return .time }
        if notNumbers == 0 { return .scaled }
        if UnreadLimit.allows(notNumbers, of: values) { return canInteger ? .integer : canDecimal ? .decimal : .scaled }
        if UnreadLimit.allows(notTimes, of: values) { return .time }
        return .text
    }
}
