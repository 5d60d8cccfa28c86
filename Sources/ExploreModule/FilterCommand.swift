import RapportCore

/// `filter NAME where EXPR [as NEW]`: a new dataset of the rows where the condition holds (default NAME_filtered).
enum FilterCommand {
    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)

    static let command = BuiltinCommand(CommandSpec(
        name: "filter", module: "explore", summary: Words.filterSummary, discussion: Words.filterDiscussion,
        examples: ["filter posts where likes > 100 and voice == \"person\"",
                   "filter posts where published >= \"2025-03-01\" as march --replace"],
        positionals: [dataset],
        flags: [Switch.replace],
        clauses: [.where, .as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        guard let condition = invocation.whereClause else {
            throw invocation.error(Words.filterNeedsWhere, at: invocation.end)
        }
        let rows = try invocation.expression(condition).matchingRows(in: dataset, timeZone: context.workspace.settings.timeZone)
        let name = try invocation.resultName(fallback: source.text + "_filtered", source: source, inPlace: false,
                                             replacing: invocation[Switch.replace], in: context)
        var result = dataset.gathering(rows)
        result.name = name
        try context.workspace.put(result, replacing: true)
        return DatasetPreview.result(result, summary: Words.filtered(rows.count, of: dataset.rowCount, into: name), in: context)
    }
}
