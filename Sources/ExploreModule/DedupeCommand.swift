import Analytics
import RapportCore

/// `dedupe NAME [on COLUMNS] [--keep first|last] [as NEW]`: removes rows that repeat an earlier row (or, with `on`,
/// repeat its values in those columns), keeping the first of each (or the last); rows keep their order.
enum DedupeCommand {
    /// Which row of a set of duplicates stays.
    enum Keep: String, CaseIterable {
        case first, last
    }

    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)
    /// `--keep first|last`: which of the duplicates stays.
    static let keep = Flag("keep", .choice(Keep.self), valueName: "first|last", Words.dedupeKeepFlag)

    static let command = BuiltinCommand(CommandSpec(
        name: "dedupe", module: "explore", summary: Words.dedupeSummary, discussion: Words.dedupeDiscussion,
        examples: ["dedupe posts", "dedupe posts on post_id --keep last",
                   "dedupe posts on account, published as unique"],
        positionals: [dataset],
        flags: [keep, Switch.replace],
        clauses: [.on, .as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        let keys = try (invocation.onList ?? []).map { try invocation.columnIndex($0.text, at: $0, in: dataset) }
        let keep = try invocation[Self.keep] ?? .first
        let name = try invocation.resultName(fallback: source.text, source: source, inPlace: true,
                                             replacing: invocation[Switch.replace], in: context)
        try context.checkInterrupted()
        let rows = Self.keptRows(dataset, on: keys.isEmpty ? Array(dataset.columns.indices) : keys, keep: keep)
        var result = dataset.gathering(rows)
        result.name = name
        try context.workspace.put(result, replacing: true)
        let removed = dataset.rowCount - rows.count
        let columns = keys.map { dataset.columns[$0].name }
        let summary = Words.deduped(removed: removed, of: dataset.rowCount, on: columns, keep: keep.rawValue,
                                    into: name)
        return DatasetPreview.result(result, summary: summary, in: context,
                                     fields: [("removed", .integer(Int64(removed))), ("keep", .string(keep.rawValue)),
                                              ("on", .array(columns.map(JSONValue.string)))])
    }

    /// The rows that stay, ascending: of each set of rows with equal values in the key columns (missing equal to
    /// missing, as pandas compares them), the first or the last.
    static func keptRows(_ dataset: Dataset, on keys: [Int], keep: Keep) -> [Int] {
        guard dataset.rowCount > 0 else { return [] }
        let groups = RowGroups(dataset, by: keys)
        return groups.rows.compactMap { keep == .first ? $0.first : $0.last }.sorted()
    }
}
