import RapportCore

/// `sort NAME by COLUMN[,COLUMN] [desc] [as NEW]`: a stable sort, missing values last; without `as` in place (undoable).
enum SortCommand {
    /// The dataset to sort.
    static let dataset = Positional("DATASET", .dataset)
    /// `asc` (the default) or `desc`.
    static let order = Positional("ORDER", optional: .choice(["asc", "desc"]))

    static let command = BuiltinCommand(CommandSpec(
        name: "sort", module: "explore", summary: Words.sortSummary,
        examples: ["sort posts by likes desc", "sort posts by voice,published as by_voice"],
        positionals: [dataset, order],
        flags: [Switch.replace],
        clauses: [.by, .as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        guard let by = invocation.by, !by.isEmpty else { throw invocation.error(Words.needsBy, at: invocation.end) }
        let keys = try by.map { OrderKey(dataset.columns[try invocation.columnIndex($0.text, at: $0, in: dataset)].data) }
        let descending = invocation[Self.order]?.text == "desc"
        let name = try invocation.resultName(fallback: source.text, source: source, inPlace: true,
                                             replacing: invocation[Switch.replace], in: context)
        try context.checkInterrupted()
        let rows = Array(0..<dataset.rowCount).sorted { a, b in
            for key in keys {
                let order = key.compare(a, b, descending: descending)
                if order != 0 { return order < 0 }
            }
            return a < b
        }
        try context.checkInterrupted()
        var result = dataset.gathering(rows)
        result.name = name
        try context.workspace.put(result, replacing: true)
        return DatasetPreview.result(result, summary: Words.sorted(name, by: by.map(\.text).joined(separator: ", ")), in: context)
    }
}
