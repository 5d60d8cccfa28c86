import RapportCore

/// Columns of a posts dataset brought to the rows of a dataset that names posts by id (interactions, replies), so
/// that `score interactions relationship-stages by account --posts posts` groups by the account of each post.
struct PostColumnLookup {
    /// The dataset with the looked-up columns added.
    let dataset: Dataset
    /// How many rows name a post the posts dataset does not hold (their looked-up values are missing).
    let unmatched: Int
    /// The columns it added (none when the dataset had every one already).
    let added: [String]

    /// Adds each of `names` that `dataset` lacks from `posts`, matching the `post_id` roles of both.
    init(adding names: [String], from posts: Dataset, to dataset: Dataset, invocation: Invocation, at word: Word) throws {
        let wanted = names.filter { dataset.column(named: $0) == nil }
        added = wanted
        guard !wanted.isEmpty else {
            self.dataset = dataset
            self.unmatched = 0
            return
        }
        guard let ids = dataset.columns.first(where: { $0.role == .postID }) else {
            throw invocation.error(Words.lookupNeedsPostID(dataset.name), at: word)
        }
        guard let postIDs = posts.columns.first(where: { $0.role == .postID }) else {
            throw invocation.error(Words.lookupNeedsPostID(posts.name), at: word)
        }
        let formatter = CellFormatter(language: .en, timeZone: .gmt)
        var rowOfPost: [String: Int] = [:]
        for row in 0..<posts.rowCount where !postIDs.data.missing.isMissing(row) {
            rowOfPost[formatter.text(postIDs.data[row])] = row
        }
        let postRows: [Int?] = (0..<dataset.rowCount).map { row in
            ids.data.missing.isMissing(row) ? nil : rowOfPost[formatter.text(ids.data[row])]
        }
        var result = dataset
        for name in wanted {
            guard let column = posts.column(named: name) else {
                throw invocation.error(Words.unknownColumn(name, in: posts.name)
                    .suggesting(Suggestion.closest(to: name, among: posts.columnNames)), at: word)
            }
            let cells = postRows.map { $0.map { column.data[$0] } ?? .missing }
            let role = dataset.columns.contains { $0.role != nil && $0.role == column.role } ? nil : column.role
            result.setColumn(Column(name: name, role: role, data: .from(cells: cells, as: column.type)))
        }
        self.dataset = result
        self.unmatched = postRows.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
    }
}
