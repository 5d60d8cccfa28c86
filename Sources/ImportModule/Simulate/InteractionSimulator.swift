import RapportCore

/// Generates who liked, commented on and shared the posts of a posts dataset, and when.
///
/// Per post and type, Poisson(count × s) interactions, where count is the post's likes, comments
/// or shares and s = min(1, 300,000 / all of them), so the table is proportional to the posts
/// and at most about 300,000 rows. The audience has max(20, expected rows / 8) people with activity
/// weights lognormal(median 1, σ 1.5): a few heavy users (confidants), many occasional ones. A
/// quarter of them lapse: they only interact with posts published more than 220 days before the
/// last post, so they are strangers in a 180-day window. An interaction follows its post by
/// lognormal(median 2 h, σ 1.5), at most 30 days. Points (METRICS.md): like 1, comment 2, share 3.
enum InteractionSimulator {
    /// The interaction types, in code order.
    static let types = ["like", "comment", "share"]
    /// About the most rows the table gets.
    static let rowCap = 300_000.0
    /// Lapsed people only interact with posts this long before the last post.
    static let lapseCutoff: Int64 = 220 * 86_400
    /// The longest time from a post to an interaction.
    static let maxDelay = 30.0 * 86_400

    /// The interactions of `posts`, called `name`.
    static func make(from posts: PostColumns, seed: UInt64, name: String, checkpoint: () throws -> Void) throws -> Dataset {
        var generator = SplitMix64(seed: seed)
        let total = posts.likes.reduce(0, +) + posts.comments.reduce(0, +) + posts.shares.reduce(0, +)
        let scale = min(1, rowCap / Double(max(total, 1)))
        let people = max(20, Int(Double(total) * scale / 8))
        var everyone = AudiencePool(), active = AudiencePool()
        for person in 0..<people {
            let weight = generator.logNormal(median: 1, sigma: 1.5)
            everyone.add(person, weight: weight)
            if !generator.chance(0.25) { active.add(person, weight: weight) }
        }
        let cutoff = (posts.published.max() ?? 0) - lapseCutoff
        let (idPool, idCodes) = posts.idCodes
        var personCodes = [UInt32](), postCodes = [UInt32](), typeCodes = [UInt32](), times = [Int64]()
        for post in 0..<posts.count {
            if post & 0xFFFF == 0 { try checkpoint() }
            let audience = posts.published[post] < cutoff || active.isEmpty ? everyone : active
            for (type, counts) in [posts.likes, posts.comments, posts.shares].enumerated() {
                for _ in 0..<generator.poisson(Double(counts[post]) * scale) {
                    personCodes.append(UInt32(audience.draw(using: &generator)))
                    postCodes.append(idCodes[post])
                    typeCodes.append(UInt32(type))
                    times.append(posts.published[post] + Int64(min(maxDelay, generator.logNormal(median: 7_200, sigma: 1.5))))
                }
            }
        }
        let width = SimulatedID.width(for: people, minimum: 6)
        let personPool = (0..<people).map { SimulatedID.make("u", $0 + 1, width: width) }
        return Dataset(name: name, columns: [
            CompactText.column("person", role: .person, pool: personPool, codes: personCodes),
            CompactText.column("post_id", role: .postID, pool: idPool, codes: postCodes),
            CompactText.column("type", role: .interactionType, pool: types, codes: typeCodes),
            Column(name: "time", role: .time, data: .time(times, MissingMask())),
        ], kind: .interactions)
    }
}
