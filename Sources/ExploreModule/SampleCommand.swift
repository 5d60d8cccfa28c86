import RapportCore

/// `sample NAME N [--seed S] [as NEW]`: N rows drawn without replacement, kept in their original order.
enum SampleCommand {
    static let command = BuiltinCommand(CommandSpec(
        name: "sample", module: "explore", summary: Words.sampleSummary, discussion: Words.sampleDiscussion,
        examples: ["sample posts 100", "sample posts 50 --seed 7 as trial"],
        positionals: [PositionalSpec("DATASET", .dataset), PositionalSpec("N", .integer)],
        flags: [FlagSpec("seed", .integer, valueName: "S", Words.sampleSeedFlag), FlagSpec(switch: "replace", Words.replaceFlag)],
        clauses: [.as]
    )) { invocation, context in
        let source = invocation.positionals[0], countWord = invocation.positionals[1]
        let dataset = try invocation.dataset(source, in: context)
        guard let wanted = Int(countWord.text), wanted >= 0 else {
            throw invocation.error(Words.notACount(countWord.text, name: "N"), at: countWord)
        }
        var seed = context.workspace.settings.seed
        if let seedWord = invocation.value("seed") {
            guard let given = UInt64(seedWord.text) else { throw invocation.error(Words.badSeed(seedWord.text), at: seedWord) }
            seed = given
        }
        let name = try invocation.resultName(fallback: source.text + "_sample", source: source, inPlace: false, in: context)
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
