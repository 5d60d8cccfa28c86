/// A set of Unicode scalars one step of a pattern may consume: `[...]`, `.`, `\d`, `\w`, `\s` and their negations.
///
/// The shorthands have their ASCII meaning: `\d` is `[0-9]`, `\w` is `[0-9A-Za-z_]`, `\s` is `[ \t\n\r\f\v]`.
/// Under `(?i)` a scalar also belongs when its simple lower- or uppercase form is in the ranges.
struct RegexCharacterClass: Sendable, Equatable {
    /// Sorted, non-overlapping closed ranges of scalar values.
    private(set) var ranges: [ClosedRange<UInt32>] = []
    /// Whether the class holds the scalars outside `ranges` instead (`[^...]`).
    var isNegated = false
    /// Whether a scalar also belongs when its lower- or uppercase form is in `ranges` (`(?i)`).
    var ignoresCase = false

    /// The ASCII digits, `\d`.
    static let digits = RegexCharacterClass(ranges: [0x30...0x39])
    /// The ASCII word characters, `\w`: digits, letters and the underscore.
    static let wordCharacters = RegexCharacterClass(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// The ASCII white space, `\s`: blank, tab, line feed, carriage return, form feed, vertical tab.
    static let whiteSpace = RegexCharacterClass(ranges: [0x09...0x0D, 0x20...0x20])
    /// Every scalar except the line feed, `.` without `(?s)`.
    static let anyButLineFeed = RegexCharacterClass(ranges: [0x0A...0x0A], isNegated: true)
    /// Every scalar, `.` under `(?s)`.
    static let anyScalar = RegexCharacterClass(ranges: [], isNegated: true)

    /// An empty class, to be filled with `insert`.
    init() {}

    /// A class of the given ranges (normalised), optionally negated.
    init(ranges: [ClosedRange<UInt32>], isNegated: Bool = false) {
        for range in ranges { insert(range) }
        self.isNegated = isNegated
    }

    /// Adds the scalar values of `range`, merging it with ranges it overlaps or touches.
    mutating func insert(_ range: ClosedRange<UInt32>) {
        var low = range.lowerBound, high = range.upperBound
        var kept: [ClosedRange<UInt32>] = []
        var inserted = false
        for existing in ranges {
            if existing.upperBound + 1 < low {
                kept.append(existing)
            } else if existing.lowerBound > high + 1 {
                if !inserted { kept.append(low...high); inserted = true }
                kept.append(existing)
            } else {
                low = min(low, existing.lowerBound)
                high = max(high, existing.upperBound)
            }
        }
        if !inserted { kept.append(low...high) }
        ranges = kept
    }

    /// Adds every scalar `other` holds (its negation applied), as `[\d\W]` needs; case folding is not carried over.
    mutating func insert(contentsOf other: RegexCharacterClass) {
        for range in other.isNegated ? other.complementRanges : other.ranges { insert(range) }
    }

    /// The scalar values outside `ranges` (surrogates included; no scalar has those values).
    private var complementRanges: [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }

    /// The same scalars, negated.
    var negated: RegexCharacterClass {
        var copy = self
        copy.isNegated.toggle()
        return copy
    }

    /// Whether `scalar` belongs to the class.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var found = rangesContain(scalar.value)
        if !found && ignoresCase {
            let (lower, upper) = Self.caseVariants(of: scalar)
            found = rangesContain(lower) || rangesContain(upper)
        }
        return found != isNegated
    }

    /// Whether a scalar value lies in one of the ranges (binary search).
    private func rangesContain(_ value: UInt32) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else if ranges[middle].lowerBound > value {
                high = middle
            } else {
                return true
            }
        }
        return false
    }

    /// The simple lower- and uppercase forms of a scalar (itself where the mapping is not one scalar).
    static func caseVariants(of scalar: Unicode.Scalar) -> (lower: UInt32, upper: UInt32) {
        let value = scalar.value
        if value < 0x80 {
            let isUpper = value >= 0x41 && value <= 0x5A, isLower = value >= 0x61 && value <= 0x7A
            return (isUpper ? value + 0x20 : value, isLower ? value - 0x20 : value)
        }
        let properties = scalar.properties
        return (single(properties.lowercaseMapping) ?? value, single(properties.uppercaseMapping) ?? value)
    }

    /// The value of the one scalar a mapping consists of, or nil when it has several.
    private static func single(_ mapping: String) -> UInt32? {
        let scalars = mapping.unicodeScalars
        guard let first = scalars.first, scalars.count == 1 else { return nil }
        return first.value
    }

    /// Whether `scalar` is a word character for `\b` and `\B` (ASCII, as `\w`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        wordCharacters.rangesContain(scalar.value)
    }
}
