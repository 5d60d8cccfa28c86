
/// A column's values ready for a row-by-row writer, with the text of a dictionary-encoded column written once
/// per distinct value (by the writer's own text encoder) instead of once per row.
public enum PreparedColumn {
    case integer([Int64]), decimal([Double]), boolean([Bool]), time([Int64])
    /// Each distinct text already written as bytes, and the code of every row.
    case encodedText([[UInt8]], [UInt32])
    /// Texts to write as they come.
    case plainText([String])

    /// The prepared values of a column; `encode` writes one text the way the format wants it.
    public init(_ data: ColumnData, encode: (String, inout [UInt8]) -> Void) {
        switch data {
        case .integer(let values, _): self = .integer(values)
        case .decimal(let values, _): self = .decimal(values)
        case .boolean(let values, _): self = .boolean(values)
        case .time(let values, _): self = .time(values)
        case .text(let values, _):
            if let codes = values.codes {
                self = .encodedText(values.pool.map { value in
                    var bytes: [UInt8] = []
                    encode(value, &bytes)
                    return bytes
                }, codes)
            } else {
                self = .plainText(values.pool)
            }
        }
    }
}
