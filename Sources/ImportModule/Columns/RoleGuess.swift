import RapportCore

/// Roles guessed from header names (`RoleSynonyms`) for the columns no preset mapped, checked against each column's
/// type; and, when no preset gave one, the dataset's kind: the kind whose names the header shows most.
enum RoleGuess {
    /// The fewest roles a header must name for its kind to be guessed.
    static let fewestRolesForKind = 2

    /// Gives the columns without a role the roles their names carry in the dataset's kind (or in the guessed kind,
    /// which it then sets: the kind with the most roles found, on a tie the one with the larger share of its roles
    /// found); a role a column already plays is not given again. Returns `column → role` per guess.
    static func apply(to dataset: inout Dataset) -> [(column: String, role: ColumnRole)] {
        if let kind = dataset.kind {
            return assign(guesses(for: dataset, kind: kind), to: &dataset)
        }
        var best: (kind: DatasetKind, guesses: [(index: Int, role: ColumnRole)])?
        for kind in DatasetKind.mapped {
            let found = guesses(for: dataset, kind: kind)
            guard found.count >= fewestRolesForKind else { continue }
            if let current = best {
                let share = { (kind: DatasetKind, count: Int) in Double(count) / Double(kind.roles.count) }
                guard found.count > current.guesses.count || (found.count == current.guesses.count
                    && share(kind, found.count) > share(current.kind, current.guesses.count)) else { continue }
            }
            best = (kind, found)
        }
        guard let best else { return [] }
        dataset.kind = best.kind
        return assign(best.guesses, to: &dataset)
    }

    /// The role each unmapped column's name carries in `kind`, the first column winning a role two names carry.
    private static func guesses(for dataset: Dataset, kind: DatasetKind) -> [(index: Int, role: ColumnRole)] {
        var taken = Set(dataset.columns.compactMap(\.role))
        var found: [(index: Int, role: ColumnRole)] = []
        for (index, column) in dataset.columns.enumerated() where column.role == nil {
            guard let role = RoleSynonyms.role(for: column.name, kind: kind), !taken.contains(role),
                  role.accepts(column.type) else { continue }
            taken.insert(role)
            found.append((index, role))
        }
        return found
    }

    /// Sets the roles found.
    private static func assign(_ guesses: [(index: Int, role: ColumnRole)],
                               to dataset: inout Dataset) -> [(column: String, role: ColumnRole)] {
        for guess in guesses { dataset.setRole(guess.role, ofColumnAt: guess.index) }
        return guesses.map { (dataset.columns[$0.index].name, $0.role) }
    }
}
