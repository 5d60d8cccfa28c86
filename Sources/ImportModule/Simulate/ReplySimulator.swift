import RapportCore

/// Generates the customer comments on the posts of a posts dataset and the brand's replies to them.
///
/// Per post, Poisson(comments × s) comments with s = min(1, 100,000 / all comments); a comment
/// follows its post by lognormal(median 3 h, σ 1.2), at most 7 days. Each comment is the task of
/// own staff (60 %) or the agency (40 %), named in `responder`. Staff answer 85 % after
/// lognormal(median 1 h, σ 1.0); the agency answers 60 % after lognormal(median 8 h, σ 0.8).
/// Unanswered comments have no `replied_at` and no `replied_by`.
enum ReplySimulator {
    /// Who is responsible for a comment, in code order.
    static let responders = ["staff", "agency"]
    /// Own staff who answer.
    static let staff = ["Lena (Team \(PostText.company))", "Jonas (Team \(PostText.company))", "Miriam (Team \(PostText.company))"]
    /// Agency people who answer.
    static let agency = ["Kontor Digital – Max", "Kontor Digital – Pia"]
    /// About the most comments the table gets.
    static let rowCap = 100_000.0

    /// The replies table of `posts`, called `name`.
    static func make(from posts: PostColumns, seed: UInt64, name: String, checkpoint: () throws -> Void) throws -> Dataset {
        var generator = SplitMix64(seed: seed)
        let total = posts.comments.reduce(0, +)
        let scale = min(1, rowCap / Double(max(total, 1)))
        let (idPool, idCodes) = posts.idCodes
        var postCodes = [UInt32](), commented = [Int64](), replied = [Int64](), repliedBy = [UInt32]()
        var responderCodes = [UInt32](), unanswered = MissingMask()
        for post in 0..<posts.count {
            if post & 0xFFFF == 0 { try checkpoint() }
            for _ in 0..<generator.poisson(Double(posts.comments[post]) * scale) {
                let at = posts.published[post] + Int64(min(7 * 86_400, generator.logNormal(median: 3 * 3_600, sigma: 1.2)))
                let isStaff = generator.chance(0.6)
                let answers = generator.chance(isStaff ? 0.85 : 0.6)
                let delay = isStaff ? generator.logNormal(median: 3_600, sigma: 1.0)
                    : generator.logNormal(median: 8 * 3_600, sigma: 0.8)
                let who = isStaff ? generator.nextIndex(below: staff.count) : staff.count + generator.nextIndex(below: agency.count)
                if !answers { unanswered.markMissing(commented.count) }
                postCodes.append(idCodes[post])
                commented.append(at)
                replied.append(answers ? at + Int64(delay) : 0)
                repliedBy.append(UInt32(who))
                responderCodes.append(isStaff ? 0 : 1)
            }
        }
        let width = SimulatedID.width(for: commented.count, minimum: 7)
        let ids = (0..<commented.count).map { SimulatedID.make("c", $0 + 1, width: width) }
        return Dataset(name: name, columns: [
            Column(name: "comment_id", role: .commentID, data: .text(TextValues(plain: ids), MissingMask())),
            CompactText.column("post_id", role: .postID, pool: idPool, codes: postCodes),
            Column(name: "commented_at", role: .commentedAt, data: .time(commented, MissingMask())),
            Column(name: "replied_at", role: .repliedAt, data: .time(replied, unanswered)),
            Column(name: "replied_by", role: .repliedBy,
                   data: .text(CompactText.values(pool: staff + agency, codes: repliedBy), unanswered)),
            CompactText.column("responder", role: .responder, pool: responders, codes: responderCodes),
        ], kind: .replies)
    }
}
