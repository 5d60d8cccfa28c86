/// The type of the values a column holds.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case integer, decimal, boolean, time, text
}
