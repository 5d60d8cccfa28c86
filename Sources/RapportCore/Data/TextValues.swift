/// The strings of a text column, dictionary-encoded when few values repeat often.
///
/// With `codes`, `pool` holds each distinct value once and `codes[row]` indexes it, so
/// grouping by the column works on integers. Without codes, `pool[row]` is the row's value.
public struct TextValues: Sendable, Equatable {
    /// The distinct values (encoded) or one value per row (plain).
    public let pool: [String]
    /// Row to pool index, when dictionary-encoded.
    public let codes: [UInt32]?

    /// Plain text values, one per row.
    public init(plain values: [String]) {
        pool = values
        codes = nil
    }

    /// Dictionary-encoded values: `pool` must hold distinct strings.
    public init(pool: [String], codes: [UInt32]) {
        self.pool = pool
        self.codes = codes
    }

    /// Encodes the values as a dictionary when that saves space, else keeps them plain.
    public init(encoding values: [String]) {
        var index: [String: UInt32] = [:]
        var pool: [String] = []
        var codes: [UInt32] = []
        codes.reserveCapacity(values.count)
        for value in values {
            if let code = index[value] {
                codes.append(code)
            } else {
                let code = UInt32(pool.count)
                index[value] = code
                pool.append(value)
                codes.append(code)
                if pool.count > 1024 && pool.count * 2 > values.count {
                    self.init(plain: values)
                    return
                }
            }
        }
        self.init(pool: pool, codes: codes)
    }

    /// The number of rows.
    public var count: Int { codes?.count ?? pool.count }

    /// Whether the pool holds distinct values that rows index.
    public var isEncoded: Bool { codes != nil }

    /// The value of a row.
    @inline(__always) public subscript(row: Int) -> String {
        if let codes { return pool[Int(codes[row])] }
        return pool[row]
    }

    /// All values, one per row.
    public var values: [String] {
        guard let codes else { return pool }
        return codes.map { pool[Int($0)] }
    }

    /// The values of the given rows, in that order.
    public func gathering(_ rows: [Int]) -> TextValues {
        if let codes { return TextValues(pool: pool, codes: rows.map { codes[$0] }) }
        return TextValues(plain: rows.map { pool[$0] })
    }

    /// Equal when every row holds the same text, whether dictionary-encoded or plain.
    public static func == (lhs: TextValues, rhs: TextValues) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for row in 0..<lhs.count where lhs[row] != rhs[row] { return false }
        return true
    }
}
