import RapportCore

/// `roles NAME [COLUMN=ROLE ...]`: shows which role each column plays, or changes it; `roles --list [--kind KIND]`
/// lists the roles themselves.
enum RolesCommand {
    /// The dataset whose roles are shown or changed; none with `--list`.
    static let dataset = Positional("DATASET", optional: .dataset)
    /// The changes, `COLUMN=ROLE` each.
    static let assignments = Positional("COLUMN=ROLE", repeating: .roleAssignment, optional: true)
    /// `--list`: every role with its meaning and kinds.
    static let list = Switch("list", Words.rolesListFlag)
    /// `--kind KIND`: only the roles of that kind, with `--list`.
    static let kind = Flag("kind", .choice(DatasetKind.mapped.map(\.rawValue)), valueName: "KIND", Words.rolesKindFlag)

    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "roles", module: "import", summary: Words.rolesSummary, discussion: Words.rolesDiscussion,
        examples: ["roles posts", "roles posts Reaktionen=likes", "roles posts `Page total likes`=followers Type=none",
                   "roles --list --kind accounts"],
        positionals: [dataset, assignments],
        flags: [list, kind]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        if invocation[Self.list] { return try listing(invocation, in: context) }
        guard let word = invocation[Self.dataset] else { throw invocation.error(Words.rolesNeedsDataset, at: nil) }
        if let kind = invocation[Self.kind] { throw invocation.error(Words.rolesKindNeedsList, at: kind) }
        var dataset = try context.workspace.dataset(named: word.text)
        let assignments = invocation[Self.assignments]
        guard !assignments.isEmpty else { return table(of: dataset, in: context) }
        let allowed = DatasetKind.assignableRoles(for: dataset.kind)
        var changes: [String] = []
        for word in assignments {
            guard let equals = word.text.lastIndex(of: "=") else {
                throw invocation.error(Words.roleNeedsEquals(word.text), at: word)
            }
            let name = String(word.text[..<equals])
            let typed = String(word.text[word.text.index(after: equals)...])
            guard let index = dataset.columnIndex(named: name) else {
                let suggestion = Suggestion.closest(to: name, among: dataset.columnNames)
                throw invocation.error(Words.unknownColumn(name, in: dataset.name).suggesting(suggestion), at: word)
            }
            let unassigned = typed.isEmpty || typed.lowercased() == "none"
            let role = unassigned ? nil : ColumnRole(word: typed)
            if !unassigned && !(role.map(allowed.contains) ?? false) {
                let suggestion = Suggestion.closest(to: typed.lowercased(), among: allowed.map(\.rawValue))
                let kind = dataset.kind.flatMap { $0.roles.isEmpty ? nil : $0 }
                throw invocation.error(Words.unknownRole(typed, kind: kind).suggesting(suggestion), at: word)
            }
            let column = dataset.columns[index]
            if let role, let types = role.acceptedTypes, !role.accepts(column.type) {
                throw invocation.error(Words.roleNeedsType(role, types: types, column: column.name,
                                                           type: column.type, dataset: dataset.name), at: word)
            }
            for (other, column) in dataset.columns.enumerated() where other != index && role != nil && column.role == role {
                dataset.setRole(nil, ofColumnAt: other)
                changes.append("\(column.name) → none")
            }
            dataset.setRole(role, ofColumnAt: index)
            changes.append("\(dataset.columns[index].name) → \(role?.rawValue ?? "none")")
        }
        try context.workspace.put(dataset, replacing: true)
        let roles: [JSONValue] = dataset.columns.map {
            .object([("column", .string($0.name)), ("role", $0.role.map { .string($0.rawValue) } ?? .null)])
        }
        return .message(context.say(Words.rolesChanged(dataset.name, changes: changes)),
                        [("name", .string(dataset.name)), ("roles", .array(roles))])
    }

    /// The mapping as a table of column, type and role, and which roles were guessed from the column's name.
    private static func table(of dataset: Dataset, in context: CommandContext) -> CommandResult {
        let files = context.workspace.entry(named: dataset.name)?.origin?.files ?? []
        let guessed = Set(files.flatMap(\.guessedRoles).map { "\($0.column)=\($0.role)" })
        let note = Words.roleGuessedNote.text(context.language)
        return .table(Dataset(name: dataset.name, columns: [
            Column.text("column", dataset.columns.map(\.name)),
            Column.text("type", dataset.columns.map(\.type.rawValue)),
            Column.text("role", dataset.columns.map(\.role?.rawValue)),
            Column.text("note", dataset.columns.map { column in
                column.role.flatMap { guessed.contains("\(column.name)=\($0.rawValue)") ? note : nil }
            }),
        ]), title: dataset.kind?.rawValue)
    }

    /// Every role (or those of one kind) with its meaning in the session's language and its kinds.
    private static func listing(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        if let word = invocation[Self.dataset] { throw invocation.error(Words.rolesListTakesNoDataset, at: word) }
        let kind = invocation[Self.kind].flatMap { DatasetKind(rawValue: $0.text) }
        let roles = kind?.roles ?? DatasetKind.assignableRoles(for: nil)
        return .table(Dataset(name: "roles", columns: [
            Column.text("role", roles.map(\.rawValue)),
            Column.text("kinds", roles.map { $0.kinds.map(\.rawValue).joined(separator: ", ") }),
            Column.text("type", roles.map { $0.acceptedTypes.map { $0.map(\.rawValue).joined(separator: ", ") } }),
            Column.text("meaning", roles.map { $0.meaning.text(context.language) }),
        ]), title: kind?.rawValue)
    }
}
