import RapportCore

/// The narrowest column type every value seen so far fits: integer, decimal, boolean, time, else text.
struct TypeGuess {
    private var canInteger = true
    private var canDecimal = true
    private var canBoolean = true
    private var canTime = true
    private var sawValue = false

    /// Narrows the guess by one present (non-missing) value.
    mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, format: NumberFormat) {
        sawValue = true
        if canInteger && format.integer(bytes) == nil { canInteger = false }
        if !canInteger && canDecimal && format.decimal(bytes) == nil { canDecimal = false }
        if canBoolean && BooleanParser.parse(bytes) == nil { canBoolean = false }
        if canTime && TimeParser.parse(bytes) == nil { canTime = false }
    }

    /// The type to build; a column with no value at all is text.
    var type: ColumnType {
        guard sawValue else { return .text }
        if canInteger { return .integer }
        if canDecimal { return .decimal }
        if canBoolean { return .boolean }
        if canTime { return .time }
        return .text
    }
}
