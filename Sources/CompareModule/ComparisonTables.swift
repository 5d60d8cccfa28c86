import Analytics
import RapportCore

/// The datasets a group comparison stores: one row per group, and one row per pair of groups.
struct ComparisonTables {
    /// Per group: posts, median with its interval, mean and quartiles.
    let groups: Dataset
    /// Per pair: ratio of medians with its interval, difference, Cliff's delta and p-values.
    let pairs: Dataset
    /// The plain sentence, in every language; both tables record it in their origin.
    let sentence: Message

    /// The tables of a comparison, named `BASE` and `BASE-pairs`.
    init(_ comparison: GroupComparison, metric: Metric, groupColumn: String, baseName: String, sentence: Message) {
        self.sentence = sentence
        let role: ColumnRole? = metric.isRate ? .rate : nil
        let groupRows = comparison.groups
        groups = Dataset(name: baseName, columns: [
            Column.text(groupColumn, groupRows.map(\.name)),
            Column.integer("posts", groupRows.map { Int64($0.count) }),
            Column.decimal("median", groupRows.map(\.median), role: role),
            Column.decimal("median_low", groupRows.map(\.medianLow), role: role),
            Column.decimal("median_high", groupRows.map(\.medianHigh), role: role),
            Column.decimal("mean", groupRows.map(\.mean), role: role),
            Column.decimal("p25", groupRows.map(\.lower), role: role),
            Column.decimal("p75", groupRows.map(\.upper), role: role),
        ], kind: .result)
        let pairRows = comparison.pairs
        var columns = [
            Column.text("group", pairRows.map { groupRows[$0.first].name }),
            Column.text("against", pairRows.map { groupRows[$0.second].name }),
            Column.decimal("ratio", pairRows.map(\.ratio)), Column.decimal("ratio_low", pairRows.map(\.ratioLow)),
            Column.decimal("ratio_high", pairRows.map(\.ratioHigh)),
            Column.decimal("difference", pairRows.map(\.difference), role: role),
            Column.decimal("cliffs_delta", pairRows.map(\.cliffsDelta)),
        ]
        if pairRows.contains(where: { $0.mannWhitney != nil }) {
            columns += [Column.decimal("p_mwu", pairRows.map(\.mannWhitney)),
                        Column.decimal("p_mwu_holm", pairRows.map(\.mannWhitneyHolm))]
        }
        if pairRows.contains(where: { $0.welch != nil }) {
            columns += [Column.decimal("p_welch", pairRows.map(\.welch)), Column.decimal("p_welch_holm", pairRows.map(\.welchHolm))]
        }
        pairs = Dataset(name: baseName + "-pairs", columns: columns, kind: .result)
    }

    /// Stores both tables, each with what it found and the sentence.
    func store(in workspace: Workspace) throws {
        try workspace.put(groups, replacing: true, finding: Finding(.compare, sentence: sentence))
        try workspace.put(pairs, replacing: true, finding: Finding(.comparePairs, sentence: sentence))
    }
}
