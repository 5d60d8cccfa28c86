/// The workspace's table of contents, kept in `workspace.json`: everything but the datasets' rows.
public struct Manifest: Sendable, Equatable, Codable {
    /// The on-disk format version this build writes.
    public static let currentFormatVersion = 2

    /// The format version of the file.
    public var formatVersion: Int
    /// The datasets, in the order they were added.
    public var datasets: [DatasetEntry]
    /// Settings that differ from their defaults.
    public var settings: [String: String]
    /// Goals, kept as documents the score module reads.
    public var goals: [String: JSONDocument]
    /// The commands that succeeded, in order.
    public var log: [LogEntry]
    /// The number the next dataset file gets, so files are never reused.
    public var nextFileNumber: Int

    /// An empty manifest of the current format.
    public init() {
        formatVersion = Manifest.currentFormatVersion
        datasets = []
        settings = [:]
        goals = [:]
        log = []
        nextFileNumber = 1
    }
}

/// What the manifest records of a dataset; its rows live in the file it names.
public struct DatasetEntry: Sendable, Equatable, Codable {
    /// The dataset's name.
    public var name: String
    /// The data file, relative to the workspace directory, such as `data/posts-3.json`.
    public var file: String
    /// The number of rows.
    public var rows: Int
    /// Column names, types and roles.
    public var columns: [ColumnInfo]
    /// What kind of data it holds, if known.
    public var kind: DatasetKind?
    /// Where it came from: the command that stored it and what it read.
    public var origin: DatasetOrigin?
    /// The size of the data file in bytes, once written.
    public var bytes: Int?

    /// An entry from its parts.
    public init(name: String, file: String, rows: Int, columns: [ColumnInfo], kind: DatasetKind?,
                origin: DatasetOrigin?, bytes: Int? = nil) {
        self.name = name
        self.file = file
        self.rows = rows
        self.columns = columns
        self.kind = kind
        self.origin = origin
        self.bytes = bytes
    }
}

/// A column's name, type and role, as the manifest records it.
public struct ColumnInfo: Sendable, Equatable, Codable {
    /// The column's name.
    public var name: String
    /// The column's type.
    public var type: ColumnType
    /// The role the column plays (such as `followers`), if one is set.
    public var role: ColumnRole?

    /// The description of a column.
    public init(_ column: Column) {
        name = column.name
        type = column.type
        role = column.role
    }
}

/// One command of the session log: when it ran, its text, and the input lines it read.
public struct LogEntry: Sendable, Equatable, Codable {
    /// When it ran, as ISO 8601 UTC text.
    public var time: String
    /// The command line.
    public var command: String
    /// Further lines the command read (survey answers), if any.
    public var input: [String]?

    /// An entry from its parts.
    public init(time: String, command: String, input: [String]? = nil) {
        self.time = time
        self.command = command
        self.input = input
    }
}

/// A JSON document stored as text inside the manifest, for parts that later modules own.
public struct JSONDocument: Sendable, Equatable, Codable {
    /// The document's JSON text.
    public var text: String

    /// A document from JSON text.
    public init(_ text: String) {
        self.text = text
    }
}

extension Manifest {
    /// Reads a manifest; keys that files of earlier versions lack get their defaults.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        datasets = try container.decodeIfPresent([DatasetEntry].self, forKey: .datasets) ?? []
        settings = try container.decodeIfPresent([String: String].self, forKey: .settings) ?? [:]
        goals = try container.decodeIfPresent([String: JSONDocument].self, forKey: .goals) ?? [:]
        log = try container.decodeIfPresent([LogEntry].self, forKey: .log) ?? []
        nextFileNumber = try container.decodeIfPresent(Int.self, forKey: .nextFileNumber)
            ?? Manifest.firstUnusedFileNumber(after: datasets)
    }

    /// One more than the highest number in the entries' file names (`data/NAME-N.json`), so no file is reused;
    /// `Int.max` when a name already holds it (`Workspace.put` then refuses to count on).
    static func firstUnusedFileNumber(after entries: [DatasetEntry]) -> Int {
        let numbers = entries.compactMap { entry -> Int? in
            guard let dash = entry.file.lastIndex(of: "-"), entry.file.hasSuffix(".json") else { return nil }
            return Int(entry.file[entry.file.index(after: dash)...].dropLast(5))
        }
        let highest = numbers.max() ?? 0
        return highest == Int.max ? highest : highest + 1
    }
}

extension DatasetEntry {
    /// Reads an entry; a kind rapport does not know reads as none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        file = try container.decode(String.self, forKey: .file)
        rows = try container.decode(Int.self, forKey: .rows)
        columns = try container.decode([ColumnInfo].self, forKey: .columns)
        kind = try container.decodeIfPresent(String.self, forKey: .kind).flatMap(DatasetKind.init(rawValue:))
        origin = try container.decodeIfPresent(DatasetOrigin.self, forKey: .origin)
        bytes = try container.decodeIfPresent(Int.self, forKey: .bytes)
    }
}

extension ColumnInfo {
    /// Reads a column's description; a role rapport does not know reads as none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(ColumnType.self, forKey: .type)
        role = try container.decodeIfPresent(String.self, forKey: .role).flatMap(ColumnRole.init(rawValue:))
    }
}
