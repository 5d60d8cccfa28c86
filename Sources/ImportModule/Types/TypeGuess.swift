import RapportCore

/// The narrowest way to read every value seen so far: integer, decimal, boolean, time, numbers with
/// units (`3.5%`, `3.3k`), else text; and whether the integers all look like Unix seconds.
struct TypeGuess {
    private var canInteger = true
    private var canDecimal = true
    private var canBoolean = true
    private var canTime = true
    private var canScaled = true
    private var unixSeconds = true
    private var sawValue = false

    /// Narrows the guess by one present (non-missing) value.
    mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, format: NumberFormat) {
        sawValue = true
        if canInteger && format.integer(bytes) == nil { canInteger = false }
        if unixSeconds && !((9...10).contains(bytes.count) && bytes.allSatisfy { $0 &- 48 < 10 }) { unixSeconds = false }
        if !canInteger && canDecimal && format.decimal(bytes) == nil { canDecimal = false }
        if canBoolean && BooleanParser.parse(bytes) == nil { canBoolean = false }
        if canTime && TimeParser.parse(bytes) == nil { canTime = false }
        if !canDecimal && canScaled && ScaledNumber.parse(bytes, format: format) == nil { canScaled = false }
    }

    /// How to build the column; a column with no value at all is text. Integers of 9 or 10 digits
    /// become times when `timeName` says the column holds times.
    func kind(timeName: Bool) -> ColumnBuilder.Kind {
        guard sawValue else { return .text }
        if canInteger { return unixSeconds && timeName ? .unixSeconds : .integer }
        if canDecimal { return .decimal }
        if canBoolean { return .boolean }
        if canTime { return .time }
        if canScaled { return .scaled }
        return .text
    }
}
