import RapportCore

/// `roles NAME [COLUMN=ROLE ...]`: shows which role each column plays, or changes it.
enum RolesCommand {
    /// The dataset whose roles are shown or changed.
    static let dataset = Positional("DATASET", .dataset)
    /// The changes, `COLUMN=ROLE` each.
    static let assignments = Positional("COLUMN=ROLE", repeating: .text, optional: true)

    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "roles", module: "import", summary: Words.rolesSummary, discussion: Words.rolesDiscussion,
        examples: ["roles posts", "roles posts Reaktionen=likes", "roles posts `Page total likes`=followers Type=none"],
        positionals: [dataset, assignments]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        var dataset = try context.workspace.dataset(named: invocation[Self.dataset].text)
        let assignments = invocation[Self.assignments]
        guard !assignments.isEmpty else { return table(of: dataset) }
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

    /// The mapping as a table of column, type and role.
    private static func table(of dataset: Dataset) -> CommandResult {
        .table(Dataset(name: dataset.name, columns: [
            Column.text("column", dataset.columns.map(\.name)),
            Column.text("type", dataset.columns.map(\.type.rawValue)),
            Column.text("role", dataset.columns.map(\.role?.rawValue)),
        ]), title: dataset.kind?.rawValue)
    }
}
