import RapportCore

/// The text column playing a role (`text`, `voice` …), read once per distinct value when it is dictionary-encoded.
public struct RoleTexts: Sendable {
    /// The column's name.
    public let columnName: String
    /// The values.
    private let texts: TextValues
    /// Which rows have no value.
    private let missing: MissingMask

    /// The texts of the column playing `role`; an error naming the role when no column plays it or it holds no text.
    public init(_ request: MetricRequest, role: ColumnRole, metric: String) throws {
        let column = try request.column(role: role, for: metric)
        guard case .text(let texts, let missing) = column.data else {
            throw RapportError(Words.roleNotText(role, column: column.name, dataset: request.dataset.name))
        }
        columnName = column.name
        self.texts = texts
        self.missing = missing
    }

    /// `transform` of every row's text (nil where the text is missing), computed once per distinct encoded value.
    public func map<T>(_ transform: (String) -> T) -> [T?] {
        var result = [T?](repeating: nil, count: texts.count)
        if let codes = texts.codes {
            let perValue = texts.pool.map(transform)
            for row in result.indices where !missing.isMissing(row) { result[row] = perValue[Int(codes[row])] }
        } else {
            for row in result.indices where !missing.isMissing(row) { result[row] = transform(texts.pool[row]) }
        }
        return result
    }
}
