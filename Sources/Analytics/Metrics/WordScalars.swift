/// Which Unicode scalars belong to a word: letters, combining marks and digits of any script.
enum WordScalars {
    /// Whether the scalar is part of a word (so a word boundary lies wherever it is not).
    @inline(__always) static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let folded = value | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
