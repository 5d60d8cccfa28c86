/// The powers of ten a Double holds exactly (10⁰ … 10²²), for fast exact decimal parsing.
public enum PowersOfTen {
    /// `exact[n]` is 10ⁿ, exactly.
    public static let exact: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}
