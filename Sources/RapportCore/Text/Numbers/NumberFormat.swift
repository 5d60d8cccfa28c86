import Foundation

/// How numbers are written in a file: the decimal separator and the thousands separator.
public struct NumberFormat: Sendable, Equatable {
    /// The byte between the whole and the fractional part (`.` or `,`).
    public var decimalSeparator: UInt8
    /// The byte that may group thousands (`,` or `.`), or nil when none is allowed.
    public var groupingSeparator: UInt8?

    /// A format from its separators.
    public init(decimalSeparator: UInt8, groupingSeparator: UInt8?) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    /// English conventions: `1,234.5`.
    public static let point = NumberFormat(decimalSeparator: UInt8(ascii: "."), groupingSeparator: UInt8(ascii: ","))
    /// German conventions: `1.234,5`.
    public static let comma = NumberFormat(decimalSeparator: UInt8(ascii: ","), groupingSeparator: UInt8(ascii: "."))

    /// The whole number the bytes spell, allowing a sign and grouped thousands; nil if they spell none or it is beyond
    /// 64 bits. A negative number is summed below zero, so Int64.min, whose magnitude has no positive Int64, reads too.
    @inlinable
    public func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return nil }
        var index = 0
        var negative = false
        if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") {
            negative = base[0] == UInt8(ascii: "-")
            index = 1
            guard count > 1 else { return nil }
        }
        var value: Int64 = 0
        var digitsInGroup = 0
        var grouped = false
        while index < count {
            let digit = base[index] &- 48
            if digit < 10 {
                let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = negative ? times.subtractingReportingOverflow(Int64(digit))
                    : times.addingReportingOverflow(Int64(digit))
                if overflowA || overflowB { return nil }
                value = sum
                digitsInGroup += 1
            } else if base[index] == groupingSeparator, validGroup(digitsInGroup, grouped: grouped) {
                grouped = true
                digitsInGroup = 0
            } else {
                return nil
            }
            index += 1
        }
        guard digitsInGroup > 0, !grouped || digitsInGroup == 3 else { return nil }
        return value
    }

    /// The number the bytes spell, with an optional fraction and exponent; nil if they spell none.
    @inlinable
    public func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return nil }
        var index = 0
        var negative = false
        if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") {
            negative = base[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var digits = 0
        var digitsInGroup = 0
        var grouped = false
        var inFraction = false
        var exact = true
        while index < count {
            let byte = base[index]
            let digit = byte &- 48
            if digit < 10 {
                digits += 1
                if mantissa == 0 && digit == 0 {
                    if inFraction { exponent -= 1 }
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significant += 1
                    if inFraction { exponent -= 1 }
                } else {
                    exact = false
                    if !inFraction { exponent += 1 }
                }
                if !inFraction { digitsInGroup += 1 }
            } else if byte == decimalSeparator && !inFraction {
                guard !grouped || digitsInGroup == 3 else { return nil }
                inFraction = true
            } else if byte == groupingSeparator && !inFraction, validGroup(digitsInGroup, grouped: grouped) {
                grouped = true
                digitsInGroup = 0
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard digits > 0, let power = exponentValue(base, from: index + 1, count: count) else { return nil }
                exponent += power
                index = count
                break
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if !inFraction && grouped && digitsInGroup != 3 { return nil }
        if exact && mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            let magnitude = exponent >= 0 ? Double(mantissa) * PowersOfTen.exact[exponent]
                                          : Double(mantissa) / PowersOfTen.exact[-exponent]
            return negative ? -magnitude : magnitude
        }
        return slowDecimal(bytes)
    }

    /// Whether a grouping separator may follow a group of this many digits.
    @inlinable
    func validGroup(_ digitsInGroup: Int, grouped: Bool) -> Bool {
        groupingSeparator != nil && (grouped ? digitsInGroup == 3 : (1...3).contains(digitsInGroup))
    }

    /// The signed exponent after an `e`, capped at ±100,000 (beyond which every value is 0 or too large anyway).
    @inlinable
    func exponentValue(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var index = start
        var negative = false
        if index < count && (base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+")) {
            negative = base[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < count else { return nil }
        var value = 0
        while index < count {
            let digit = base[index] &- 48
            guard digit < 10 else { return nil }
            value = min(value * 10 + Int(digit), 100_000)
            index += 1
        }
        return negative ? -value : value
    }

    /// Rare long or extreme numbers: normalise to `1234.5` form and let the C library round correctly.
    @usableFromInline
    func slowDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var normal: [CChar] = []
        normal.reserveCapacity(bytes.count + 1)
        for byte in bytes where byte != groupingSeparator {
            normal.append(CChar(bitPattern: byte == decimalSeparator ? UInt8(ascii: ".") : byte))
        }
        normal.append(0)
        return normal.withUnsafeBufferPointer { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end == UnsafeMutablePointer(mutating: base) + buffer.count - 1 else { return nil }
            return value.isFinite ? value : nil
        }
    }
}
