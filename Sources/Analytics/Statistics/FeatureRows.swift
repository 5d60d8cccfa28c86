/// The checks every classifier input passes before it is used: one width, finite values.
enum FeatureRows {
    /// Throws when a row's width is not `width` or a present value is infinite or NaN.
    static func check<Value>(_ rows: [[Value]], width: Int, value: (Value) -> Double?) throws(ClassifierFailure) {
        for (rowIndex, row) in rows.enumerated() {
            guard row.count == width else { throw .unevenRow(row: rowIndex) }
            for (feature, cell) in row.enumerated() {
                if let number = value(cell), !number.isFinite { throw .nonFiniteValue(row: rowIndex, feature: feature) }
            }
        }
    }
}
