import RapportCore

/// `sample NAME N [--seed S] [as NEW]`: N rows drawn without replacement, kept in their original order.
enum SampleCommand {
    /// The dataset to draw from.
    static let dataset = Positional("DATASET", .dataset)
    /// How many rows to draw.
    static let count = Positional("N", .count)
    /// `--seed S`: the seed of the draw.
    static let seed = Flag("seed", .seed, valueName: "S", Words.sampleSeedFlag)

    static let command = BuiltinCommand(CommandSpec(
        name: "sample", module: "explore", summary: Words.sampleSummary, discussion: Words.sampleDiscussion,
        examples: ["sample posts 100", "sample posts 50 --seed 7 as trial"],
        positionals: [dataset, count],
        flags: [seed, Switch.replace],
        clauses: [.as]
    )) { invocation, context in
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        let wanted = try invocation[Self.count]
        let seed = try invocation[Self.seed] ?? context.workspace.settings.seed
        let name = try invocation.resultName(fallback: source.text + "_sample", source: source, inPlace: false,
                                             replacing: invocation[Switch.replace], in: context)
        var generator = SplitMix64(seed: seed)
        var rows = Array(0..<dataset.rowCount)
        let count = min(wanted, rows.count)
        for index in 0..<count {
            rows.swapAt(index, index + generator.nextIndex(below: rows.count - index))
        }
        var result = dataset.gathering(rows.prefix(count).sorted())
        result.name = name
        try context.workspace.put(result, replacing: true)
        return DatasetPreview.result(result, summary: Words.sampled(count, of: dataset.rowCount, into: name, seed: seed),
                                     in: context)
    }
}
