/// A file whose rows a dataset holds, as `import` read it: its path as given, its size, its SHA-256, and the
/// platform preset recognised in its header.
public struct SourceFile: Sendable, Equatable, Codable {
    /// The path as given to `import`.
    public var path: String
    /// The size in bytes.
    public var bytes: Int
    /// The SHA-256 of its bytes, as 64 lower-case hex digits.
    public var sha256: String
    /// The preset that mapped its columns to roles, nil when none did.
    public var preset: String?

    /// A file from its parts.
    public init(path: String, bytes: Int, sha256: String, preset: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.preset = preset
    }
}
