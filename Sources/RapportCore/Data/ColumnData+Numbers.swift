extension ColumnData {
    /// The values as numbers with NaN for missing, or nil when the column does not hold numbers.
    public var numbersOrNaN: [Double]? {
        let mask = missing
        switch self {
        case .integer(let values, _):
            guard mask.hasAny else { return values.map(Double.init) }
            return values.indices.map { mask.isMissing($0) ? .nan : Double(values[$0]) }
        case .decimal(let values, _):
            guard mask.hasAny else { return values }
            return values.indices.map { mask.isMissing($0) ? .nan : values[$0] }
        case .boolean, .time, .text:
            return nil
        }
    }
}
