extension ColumnType {
    /// Whether values of this type are numbers.
    public var isNumeric: Bool { self == .integer || self == .decimal }
}
