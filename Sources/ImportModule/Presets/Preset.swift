import RapportCore

/// How one platform's export names its columns: which header plays which role, and what kind of data it is.
public struct Preset: Sendable {
    /// One role and the header names that carry it, in any of the export's languages.
    public struct Rule: Sendable {
        /// The role the column plays; nil for a header that only tells the export apart (Instagram's `From Home`).
        public let role: ColumnRole?
        /// The header names, compared after `Preset.key(_:)`; the first present one wins.
        public let headers: [String]
        /// How much the header says about which export this is.
        public let weight: Weight

        /// A rule; distinctive and required ones decide detection.
        public init(_ role: ColumnRole?, _ headers: [String], _ weight: Weight = .plain) {
            self.role = role
            self.headers = headers
            self.weight = weight
        }

        /// Whether one of the headers is among the keys.
        func isPresent(in keys: Set<String>) -> Bool {
            headers.contains { keys.contains(Preset.key($0)) }
        }
    }

    /// How a rule counts in detection.
    public enum Weight: Sendable {
        /// Mapped when present, ignored by detection.
        case plain
        /// Counted in the score.
        case distinctive
        /// Counted in the score, and the preset is out of the running without it.
        case required
    }

    /// The name `--preset` takes.
    public let name: String
    /// The kind of dataset it yields, or nil for `none`.
    public let kind: DatasetKind?
    /// The platform the export comes from, for the record, or nil when the file names it per row.
    public let platform: String?
    /// The roles and their headers.
    public let rules: [Rule]

    /// A preset from its parts.
    public init(name: String, kind: DatasetKind?, platform: String?, rules: [Rule]) {
        self.name = name
        self.kind = kind
        self.platform = platform
        self.rules = rules
    }

    /// The preset that maps nothing, for `--preset none`.
    public static let none = Preset(name: "none", kind: nil, platform: nil, rules: [])

    /// A header name as compared: lowercased, blanks trimmed, `.` and `_` read as blanks, runs of blanks as one.
    public static func key(_ header: String) -> String {
        let spaced = header.lowercased().map { $0 == "." || $0 == "_" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// The share of distinctive and required rules whose header is among the keys; 0 when a required one is absent.
    func score(keys: Set<String>) -> Double {
        let counted = rules.filter { $0.weight != .plain }
        guard !counted.isEmpty else { return 0 }
        if counted.contains(where: { $0.weight == .required && !$0.isPresent(in: keys) }) { return 0 }
        return Double(counted.filter { $0.isPresent(in: keys) }.count) / Double(counted.count)
    }

    /// How many rules find a header among the keys, to break ties between equally distinctive presets.
    func matchCount(keys: Set<String>) -> Int {
        rules.filter { $0.isPresent(in: keys) }.count
    }

    /// Sets the dataset's kind and its columns' roles; returns one note per mapped column, `column → role`.
    ///
    /// Each role goes to one column; columns the preset does not know keep their roles.
    public func apply(to dataset: inout Dataset) -> [String] {
        guard kind != nil else { return [] }
        dataset.kind = kind
        let keys = dataset.columnNames.map(Preset.key)
        var notes: [String] = []
        var taken = Set<Int>()
        for rule in rules {
            guard let role = rule.role else { continue }
            let found = rule.headers.lazy.compactMap { header in
                keys.indices.first { keys[$0] == Preset.key(header) && !taken.contains($0) }
            }.first
            guard let index = found else { continue }
            taken.insert(index)
            dataset.setRole(role, ofColumnAt: index)
            notes.append("\(dataset.columns[index].name) → \(role.rawValue)")
        }
        return notes
    }
}
