import RapportCore

/// The columns of a posts dataset that interactions and replies are simulated from, found by role, else by name.
struct PostColumns {
    /// Post identifiers, one per row.
    let ids: TextValues
    /// Publication times (seconds since 1970).
    let published: [Int64]
    /// Likes per post (missing as 0).
    let likes: [Int64]
    /// Comments per post (missing as 0).
    let comments: [Int64]
    /// Shares per post (missing as 0).
    let shares: [Int64]

    /// The columns of `dataset`, or an error naming the first one it lacks or has in another type.
    init(_ dataset: Dataset) throws {
        func column(_ role: ColumnRole) throws -> ColumnData {
            guard let column = dataset.column(role: role) ?? dataset.column(named: role.rawValue) else {
                throw RapportError(Words.simulateNeedsColumn(role.rawValue, in: dataset.name))
            }
            return column.data
        }
        func counts(_ role: ColumnRole) throws -> [Int64] {
            guard case .integer(let values, let mask) = try column(role) else {
                throw RapportError(Words.simulateNeedsColumn(role.rawValue, in: dataset.name))
            }
            return mask.hasAny ? values.indices.map { mask.isMissing($0) ? 0 : max(0, values[$0]) } : values.map { max(0, $0) }
        }
        guard case .text(let ids, _) = try column(.postID) else {
            throw RapportError(Words.simulateNeedsColumn(ColumnRole.postID.rawValue, in: dataset.name))
        }
        guard case .time(let published, _) = try column(.published) else {
            throw RapportError(Words.simulateNeedsColumn(ColumnRole.published.rawValue, in: dataset.name))
        }
        self.ids = ids
        self.published = published
        likes = try counts(.likes)
        comments = try counts(.comments)
        shares = try counts(.shares)
    }

    /// The number of posts.
    var count: Int { published.count }

    /// The post identifiers as a pool of distinct strings and one code per post.
    var idCodes: (pool: [String], codes: [UInt32]) {
        if let codes = ids.codes { return (ids.pool, codes) }
        return (ids.pool, (0..<ids.pool.count).map { UInt32($0) })
    }
}
