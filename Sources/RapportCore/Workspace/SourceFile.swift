/// A file whose rows a dataset holds, as `import` read it: its path as given, its size, its SHA-256, the platform
/// preset recognised in its header, the roles guessed from its header names, and the cells that did not read as
/// their column's type.
public struct SourceFile: Sendable, Equatable, Codable {
    /// The path as given to `import`.
    public var path: String
    /// The size in bytes.
    public var bytes: Int
    /// The SHA-256 of its bytes, as 64 lower-case hex digits.
    public var sha256: String
    /// The preset that mapped its columns to roles, nil when none did.
    public var preset: String?
    /// The roles given from the columns' names (beyond the preset's), in column order.
    public var guessedRoles: [GuessedRole]
    /// Per column that kept its type, the cells that did not read as that type and became missing.
    public var unreadCells: [UnreadCells]

    /// A file from its parts.
    public init(path: String, bytes: Int, sha256: String, preset: String? = nil, guessedRoles: [GuessedRole] = [],
                unreadCells: [UnreadCells] = []) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.preset = preset
        self.guessedRoles = guessedRoles
        self.unreadCells = unreadCells
    }

    /// What an import found about a file whose path, size and hash are not known yet (`FileFingerprint` fills them).
    public static func found(preset: String? = nil, guessedRoles: [GuessedRole] = [],
                             unreadCells: [UnreadCells] = []) -> SourceFile {
        SourceFile(path: "", bytes: 0, sha256: "", preset: preset, guessedRoles: guessedRoles, unreadCells: unreadCells)
    }

    /// The keys of the record, as the workspace stores them.
    private enum CodingKeys: String, CodingKey {
        case path, bytes, sha256, preset, guessedRoles, unreadCells
    }

    /// Reads a file record; the lists left out read as empty.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        bytes = try container.decode(Int.self, forKey: .bytes)
        sha256 = try container.decode(String.self, forKey: .sha256)
        preset = try container.decodeIfPresent(String.self, forKey: .preset)
        guessedRoles = try container.decodeIfPresent([GuessedRole].self, forKey: .guessedRoles) ?? []
        unreadCells = try container.decodeIfPresent([UnreadCells].self, forKey: .unreadCells) ?? []
    }

    /// Writes a file record, leaving out the preset when none and lists that are empty.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(sha256, forKey: .sha256)
        try container.encodeIfPresent(preset, forKey: .preset)
        if !guessedRoles.isEmpty { try container.encode(guessedRoles, forKey: .guessedRoles) }
        if !unreadCells.isEmpty { try container.encode(unreadCells, forKey: .unreadCells) }
    }
}

/// A role `import` gave a column because of its name, not a preset.
public struct GuessedRole: Sendable, Equatable, Codable {
    /// The column's name at import.
    public var column: String
    /// The role, as its word (`likes`); a role this build does not know is kept as text.
    public var role: String

    /// A guess from its parts.
    public init(column: String, role: ColumnRole) {
        self.column = column
        self.role = role.rawValue
    }
}

/// The cells of one column that did not read as the column's type and were read as missing: how many, and the
/// first few with their line in the file.
public struct UnreadCells: Sendable, Equatable, Codable {
    /// One such cell.
    public struct Cell: Sendable, Equatable, Codable {
        /// Its line in the file, from 1; 0 when the reader knows none (a workbook's or JSON file's cell).
        public var line: Int
        /// The text as it stood.
        public var value: String

        /// A cell from its parts.
        public init(line: Int, value: String) {
            self.line = line
            self.value = value
        }
    }

    /// The column's name.
    public var column: String
    /// The type the column kept.
    public var type: ColumnType
    /// How many of its cells did not read.
    public var count: Int
    /// The first few of them, in file order.
    public var cells: [Cell]

    /// A report from its parts.
    public init(column: String, type: ColumnType, count: Int, cells: [Cell]) {
        self.column = column
        self.type = type
        self.count = count
        self.cells = cells
    }
}
