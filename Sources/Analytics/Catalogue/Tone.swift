import RapportCore

/// Tone: whether posts address readers informally (du) or formally (Sie), and whether a channel mixes both.
public struct Tone: Metric {
    /// `tone`.
    public let name = "tone"
    /// One line on what it measures.
    public let summary = Words.toneSummary
    /// What `explain tone` prints.
    public let explanation = Words.toneExplanation
    /// Its headline, the informal share, is a fraction shown as a percentage.
    public let isRate = true
    /// The share of its addressing posts above which a channel counts as using a form of address.
    public static let mixedThreshold = 0.10

    /// Per channel (the by columns, else the platform, else all posts): posts with text, the shares of informal,
    /// formal, both and neutral posts, the addressing posts and whether the channel mixes both forms.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        let texts = try RoleTexts(request, role: .text, metric: name)
        var notes = [Words.usedColumn(.text, column: texts.columnName)]
        var groupColumns = request.groupColumns
        if groupColumns.isEmpty {
            if let platform = dataset.columns.firstIndex(where: { $0.role == .platform }) {
                groupColumns = [platform]
                notes.append(Words.channelsByPlatform(dataset.columns[platform].name))
            } else {
                notes.append(Words.oneChannel)
            }
        }
        let addresses = texts.map(AddressWords.address)
        try request.checkpoint()
        let groups = RowGroups(dataset, by: groupColumns)
        var posts: [Int64] = [], addressing: [Int64] = [], mixed: [Bool] = []
        var shares: [ReaderAddress: [Double?]] = [:]
        for rows in groups.rows {
            var counts: [ReaderAddress: Int] = [:]
            for row in rows { if let address = addresses[row] { counts[address, default: 0] += 1 } }
            let total = counts.values.reduce(0, +)
            for address in ReaderAddress.allCases {
                shares[address, default: []].append(total == 0 ? nil : Double(counts[address] ?? 0) / Double(total))
            }
            let informal = counts[.informal] ?? 0, formal = counts[.formal] ?? 0, both = counts[.both] ?? 0
            let addressingPosts = informal + formal + both
            let limit = Self.mixedThreshold * Double(addressingPosts)
            posts.append(Int64(total))
            addressing.append(Int64(addressingPosts))
            mixed.append(addressingPosts > 0 && Double(informal + both) > limit && Double(formal + both) > limit)
        }
        var columns = groups.keys + [Column.integer("posts", posts)]
        for address in ReaderAddress.allCases {
            columns.append(Column.decimal("\(address.rawValue)_share", shares[address] ?? [], role: .rate))
        }
        columns += [Column.integer("addressing_posts", addressing),
                    Column(name: "mixed", data: .boolean(mixed, MissingMask()))]
        notes.append(Words.toneBothCounted)
        let missing = addresses.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        if missing > 0 { notes.append(Words.rowsWithoutValue(missing, of: addresses.count)) }
        return MetricOutcome(columns: columns, perRow: Column.text(name, addresses.map { $0?.rawValue }),
                             notes: notes, headline: "informal_share", keyCount: groups.keys.count)
    }
}
