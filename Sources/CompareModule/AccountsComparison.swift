import Analytics
import RapportCore

/// `compare NAME METRIC --accounts A,B,...`: accounts side by side on one scale, however different their sizes.
enum AccountsComparison {
    /// Per account named in `word` (the `--accounts` value): followers, posts, interactions per post, and the
    /// metric's median and pooled value.
    static func run(_ request: CompareRequest, accounts word: Word, invocation: Invocation) throws -> CommandResult {
        let context = request.context
        guard let accountIndex = request.selected.columnIndex(ofRole: .account) else {
            throw invocation.error(Words.metricNeedsRoles("compare --accounts", [.account], dataset: request.dataset.name), at: word)
        }
        let wanted = word.listItems
        let groups = RowGroups(request.selected, by: [accountIndex])
        let formatter = context.formatter
        let labels = (0..<groups.count).map { formatter.text(groups.keys[0].data[$0]) }
        let followers = request.selected.column(role: .followers)?.data.numbersOrNaN
        let interactions = try? PostInteractions(request.selected, weighted: false, metric: request.metric.name)
        // The pooled value divides the metric's own numerators by its own denominators (a count has none).
        let summaries = GroupSummary.ofGroups(groups, values: request.values, numerators: request.rates.numerators,
                                              denominators: request.rates.denominators)
        var names: [String] = [], followerCounts: [Double?] = [], posts: [Int64] = [], perPost: [Double?] = []
        var medians: [Double?] = [], pooled: [Double?] = []
        for name in wanted {
            guard let index = labels.firstIndex(of: name) ?? labels.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw invocation.error(Words.unknownGroup(name, column: request.selected.columns[accountIndex].name)
                    .suggesting(Suggestion.closest(to: name, among: labels)), at: word)
            }
            let rows = groups.rows[index]
            names.append(labels[index])
            posts.append(Int64(rows.count))
            followerCounts.append(followers.flatMap { numbers in Quantile.median(rows.map { numbers[$0] }.filter { !$0.isNaN }) })
            let counts = interactions.map { found in rows.map { found.values[$0] }.filter { !$0.isNaN } } ?? []
            perPost.append(counts.isEmpty ? nil : counts.reduce(0, +) / Double(counts.count))
            medians.append(summaries[index].median)
            pooled.append(request.rates.denominators == nil ? nil : summaries[index].pooled)
        }
        guard names.count >= 2 else { throw invocation.error(Words.compareNeedsTwoAccounts, at: word) }
        let role: ColumnRole? = request.metric.isRate ? .rate : nil
        let base = try request.resultName(invocation, fallback: "\(request.dataset.name)-\(request.metric.name)-accounts")
        let sentence = self.sentence(names: names, medians: medians, followers: followerCounts, request: request)
        let table = Dataset(name: base, columns: [
            Column.text("account", names), Column.decimal("followers", followerCounts), Column.integer("posts", posts),
            Column.decimal("interactions_per_post", perPost), Column.decimal("median", medians, role: role),
            Column.decimal("pooled", pooled, role: role),
        ], kind: .result)
        try context.workspace.put(table, replacing: true, finding: Finding(.compareAccounts, sentence: sentence))
        let show = { (value: Double) in request.metric.isRate ? formatter.percent(value) : formatter.decimal(value) }
        let chart = BarChart(unicode: TextMarks.localeIsUTF8, width: 40, lineWidth: context.console.width)
        let bars = zip(names, medians).compactMap { name, median in
            median.map { BarChart.Bar(label: name, value: $0, caption: show($0)) }
        }
        var blocks: [ResultBlock] = [.table(table, title: context.say(Words.compareAccountsTitle(request.metric.name))),
                                     .text(chart.lines(bars).joined(separator: "\n"))]
        blocks.append(.text(request.notes.map { "· " + context.say($0) }.joined(separator: "\n")))
        if let sentence { blocks.append(.text(context.say(sentence))) }
        let json = JSONValue.object([("metric", .string(request.metric.name)), ("dataset", .string(request.dataset.name)),
                                     ("result", .string(base)), ("accounts", TableJSON.value(of: table))])
        return CommandResult(blocks: blocks, json: json)
    }

    /// The first account's median against the last one's, with their followers, in every language; nil without both.
    private static func sentence(names: [String], medians: [Double?], followers: [Double?], request: CompareRequest) -> Message? {
        guard let first = medians.first ?? nil, let last = medians.last ?? nil, last > 0,
              let big = followers.first ?? nil, let small = followers.last ?? nil else { return nil }
        let text = { (language: Language) -> String in
            let formatter = CellFormatter(language: language, timeZone: request.context.workspace.settings.timeZone)
            return Words.accountsSentence(first: names[0], second: names[names.count - 1], firstFollowers: formatter.decimal(big.rounded()),
                                          secondFollowers: formatter.decimal(small.rounded()), metric: request.metric.name,
                                          ratio: formatter.decimal((first / last * 100).rounded() / 100)).text(language)
        }
        return Message(en: text(.en), de: text(.de))
    }
}
