/// Where a dataset came from, as the workspace records it (`datasets[].origin`): the command that stored it with its
/// parameters, the datasets it read, the files its rows trace back to, what it found, and when.
///
/// `Workspace.perform` fills in the command's part for every dataset a command stores; the command adds only what the
/// workspace cannot know (the file it imported, its finding) when it stores the dataset.
public struct DatasetOrigin: Sendable, Equatable, Codable {
    /// One parameter of the command: a positional by the name its specification gives it (`DATASET`), a clause (`by`,
    /// `where`, `on`, `as`) or a flag with its dashes (`--denominator`); a switch has no value.
    public struct Parameter: Sendable, Equatable, Codable {
        /// The parameter's name.
        public var name: String
        /// Its value as typed, nil for a switch.
        public var value: String?

        /// A parameter from its parts.
        public init(_ name: String, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// A dataset the command read, and the version it read: the data file that held it then (never reused).
    public struct Input: Sendable, Equatable, Codable {
        /// The dataset's name when it was read.
        public var name: String
        /// The data file of the version read, such as `data/posts-4.json`.
        public var file: String

        /// An input from its parts.
        public init(name: String, file: String) {
            self.name = name
            self.file = file
        }
    }

    /// The command line as run, after variables were replaced. For a dataset of a format 1 workspace: what that
    /// format recorded instead (the imported file's path, or the start of the command).
    public var command: String?
    /// The command's name, such as `score`.
    public var commandName: String?
    /// The subcommand, when the command has one.
    public var subcommand: String?
    /// The positionals, clauses and flags, in the order positionals, clauses, flags (flags by name).
    public var parameters: [Parameter]
    /// The datasets the command had read when it stored this one.
    public var inputs: [Input]
    /// The files the rows trace back to: the one imported, and those of every input.
    public var files: [SourceFile]
    /// What the dataset found, for results (a score, a comparison …).
    public var finding: Finding?
    /// When the command ran, ISO 8601 in UTC (`SOURCE_DATE_EPOCH` when set).
    public var time: String?
    /// The command's line in the session log (from 1), when it was logged.
    public var run: Int?

    /// An origin from its parts; everything but the command may be left out.
    public init(command: String?, commandName: String? = nil, subcommand: String? = nil, parameters: [Parameter] = [],
                inputs: [Input] = [], files: [SourceFile] = [], finding: Finding? = nil, time: String? = nil,
                run: Int? = nil) {
        self.command = command
        self.commandName = commandName
        self.subcommand = subcommand
        self.parameters = parameters
        self.inputs = inputs
        self.files = files
        self.finding = finding
        self.time = time
        self.run = run
    }

    /// Whether another dataset was stored by the same run of the same command, as the two tables of a comparison are:
    /// the same command line, parameters, inputs, time and log line.
    public func isSameRun(as other: DatasetOrigin) -> Bool {
        command == other.command && parameters == other.parameters && inputs == other.inputs && time == other.time
            && run == other.run
    }
}

extension DatasetOrigin {
    /// The keys of the record, as the workspace stores them.
    private enum CodingKeys: String, CodingKey {
        case command, commandName, subcommand, parameters, inputs, files, finding, time, run
    }

    /// Reads an origin; lists left out read as empty, so the file stays short where a record has none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        command = try container.decodeIfPresent(String.self, forKey: .command)
        commandName = try container.decodeIfPresent(String.self, forKey: .commandName)
        subcommand = try container.decodeIfPresent(String.self, forKey: .subcommand)
        parameters = try container.decodeIfPresent([Parameter].self, forKey: .parameters) ?? []
        inputs = try container.decodeIfPresent([Input].self, forKey: .inputs) ?? []
        files = try container.decodeIfPresent([SourceFile].self, forKey: .files) ?? []
        finding = try container.decodeIfPresent(Finding.self, forKey: .finding)
        time = try container.decodeIfPresent(String.self, forKey: .time)
        run = try container.decodeIfPresent(Int.self, forKey: .run)
    }

    /// Writes an origin, leaving out what is unknown and lists that are empty.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(command, forKey: .command)
        try container.encodeIfPresent(commandName, forKey: .commandName)
        try container.encodeIfPresent(subcommand, forKey: .subcommand)
        if !parameters.isEmpty { try container.encode(parameters, forKey: .parameters) }
        if !inputs.isEmpty { try container.encode(inputs, forKey: .inputs) }
        if !files.isEmpty { try container.encode(files, forKey: .files) }
        try container.encodeIfPresent(finding, forKey: .finding)
        try container.encodeIfPresent(time, forKey: .time)
        try container.encodeIfPresent(run, forKey: .run)
    }
}
