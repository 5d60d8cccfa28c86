/// Where something stands in the input: a file (or `<stdin>`, `-c`), a line and a column, each known or not.
public struct SourcePosition: Sendable, Equatable {
    /// The file name as the user gave it.
    public var file: String?
    /// The line, counting from 1.
    public var line: Int?
    /// The column, counting from 1.
    public var column: Int?

    /// A position from its parts.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column` with the parts that are known.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append(String(line)) }
        if let column, line != nil { parts.append(String(column)) }
        return parts.joined(separator: ":")
    }
}
