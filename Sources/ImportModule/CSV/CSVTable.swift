import RapportCore

/// A CSV file read into typed columns, with what was detected along the way.
public struct CSVTable: Sendable {
    /// The columns, in file order, with unique names.
    public var columns: [Column]
    /// The number of records after the header.
    public var rowCount: Int
    /// The sheet whose description row above the header was skipped (workbooks only), nil when none was.
    public var descriptionRowSheet: String? = nil
    /// The delimiter used.
    public var delimiter: UInt8
    /// The number format used.
    public var numberFormat: NumberFormat
    /// Header names that were empty or repeated and got a new name.
    public var renamedColumns: [RenamedColumn]
}
