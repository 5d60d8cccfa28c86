/// A header name that was empty or repeated, and the name the column got instead.
public struct RenamedColumn: Sendable, Equatable {
    /// The column's position, counting from 0.
    public let index: Int
    /// The name in the file (possibly empty).
    public let original: String
    /// The name the column has now.
    public let name: String

    /// A renaming from its parts.
    public init(index: Int, original: String, name: String) {
        self.index = index
        self.original = original
        self.name = name
    }
}
