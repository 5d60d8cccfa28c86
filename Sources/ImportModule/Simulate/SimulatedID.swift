/// Identifiers of simulated rows: a prefix and a zero-padded number, such as `p0000042`.
enum SimulatedID {
    /// `prefix` followed by `number` padded with zeros to at least `width` digits.
    static func make(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The digits needed to write every number up to `count`, at least `minimum`.
    static func width(for count: Int, minimum: Int) -> Int {
        max(minimum, String(max(count, 1)).count)
    }
}
