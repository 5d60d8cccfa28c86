import RapportCore

/// Generates a posts dataset and its accounts dataset from `PostSettings`.
///
/// Per post: an account (uniform), a time (post i falls in slot i of N equal slots of the period),
/// a format (photo 40 %, video 25 %, link 20 %, text 15 %; factors 1.0, 1.4, 0.6, 0.8), paid with
/// probability 15 %. Interactions per real follower:
/// rate = 0.02 × (premium for people, 1 for institutions) × format factor × (1.3 if paid) × lognormal(median 1, σ 0.6),
/// so the ratio of the medians of person and institution rates is the premium. Real followers grow
/// linearly from 85 % to 100 % of the account's count over the period; with μ = real × rate, likes,
/// comments, shares and saves are Poisson with means 0.76 μ, 0.10 μ, 0.08 μ, 0.06 μ. The followers
/// column shows real / (1 − bought share) for bought accounts, so their interactions stay unchanged.
enum PostSimulator {
    /// The formats, in code order.
    static let formats = ["photo", "video", "link", "text"]
    /// How often each format occurs.
    static let formatShares = [0.40, 0.25, 0.20, 0.15]
    /// How each format multiplies the interaction rate.
    static let formatFactors = [1.0, 1.4, 0.6, 0.8]
    /// The voices, in code order (person 0, institution 1).
    static let voices = ["person", "institution"]

    /// The posts dataset called `name` and the accounts dataset called `accountsName`.
    static func make(_ settings: PostSettings, name: String, accountsName: String,
                     checkpoint: () throws -> Void) throws -> (posts: Dataset, accounts: Dataset) {
        var generator = SplitMix64(seed: settings.seed)
        let roster = AccountRoster.make(count: settings.accounts, platforms: settings.platforms, start: settings.start,
                                        using: &generator)
        let n = settings.count
        let span = Double(settings.days) * 86_400
        let idWidth = SimulatedID.width(for: n, minimum: 7)
        var ids = [String](), accountCodes = [UInt32](), platformCodes = [UInt32](), voiceCodes = [UInt32]()
        var published = [Int64](), formatCodes = [UInt32](), textCodes = [UInt32](), followers = [Int64]()
        var reach = [Int64](), impressions = [Int64](), likes = [Int64](), comments = [Int64](), shares = [Int64]()
        var saves = [Int64](), clicks = [Int64](), paid = [Bool](), spend = [Double]()
        for index in 0..<n {
            if index & 0xFFFF == 0 { try checkpoint() }
            let account = generator.nextIndex(below: roster.count)
            let owner = roster[account]
            let progress = (Double(index) + generator.nextUnit()) / Double(max(n, 1))
            let format = drawFormat(using: &generator)
            let isPaid = generator.chance(0.15)
            let noise = generator.logNormal(median: 1, sigma: 0.6)
            let rate = 0.02 * (owner.isPerson ? settings.personPremium : 1) * formatFactors[format] * (isPaid ? 1.3 : 1) * noise
            let real = Double(owner.realFollowers) * (0.85 + 0.15 * progress)
            let mu = real * rate
            let postLikes = generator.poisson(0.76 * mu), postComments = generator.poisson(0.10 * mu)
            let postShares = generator.poisson(0.08 * mu), postSaves = generator.poisson(0.06 * mu)
            let boost = isPaid ? generator.uniform(1.5, 3) : 1
            let postReach = Int(real * generator.uniform(0.08, 0.4) * boost) + postLikes + postComments + postShares + postSaves
            let postImpressions = Int(Double(postReach) * generator.uniform(1.05, 1.8))
            let postClicks = generator.poisson(Double(postReach) * (format == 2 ? 0.012 : 0.002))
            let postSpend = isPaid ? (generator.logNormal(median: 150, sigma: 0.7) * 100).rounded() / 100 : 0
            let address = owner.drawAddress(using: &generator)
            let namesCompany = generator.chance(owner.isPerson ? 0.3 : 0.5)
            ids.append(SimulatedID.make("p", index + 1, width: idWidth))
            accountCodes.append(UInt32(account))
            platformCodes.append(UInt32(owner.platform))
            voiceCodes.append(owner.isPerson ? 0 : 1)
            published.append(settings.start + Int64(progress * span))
            formatCodes.append(UInt32(format))
            textCodes.append(PostText.draw(address, namesCompany: namesCompany, using: &generator))
            followers.append(Int64(owner.shownFollowers(real: real, boughtShare: settings.boughtShare)))
            reach.append(Int64(postReach))
            impressions.append(Int64(postImpressions))
            likes.append(Int64(postLikes))
            comments.append(Int64(postComments))
            shares.append(Int64(postShares))
            saves.append(Int64(postSaves))
            clicks.append(Int64(postClicks))
            paid.append(isPaid)
            spend.append(postSpend)
        }
        let none = MissingMask()
        let posts = Dataset(name: name, columns: [
            Column(name: "post_id", role: .postID, data: .text(TextValues(plain: ids), none)),
            CompactText.column("account", role: .account, pool: roster.map(\.id), codes: accountCodes),
            CompactText.column("platform", role: .platform, pool: settings.platforms, codes: platformCodes),
            CompactText.column("voice", role: .voice, pool: voices, codes: voiceCodes),
            Column(name: "published", role: .published, data: .time(published, none)),
            CompactText.column("format", role: .format, pool: formats, codes: formatCodes),
            CompactText.column("text", role: .text, pool: PostText.pool, codes: textCodes),
            Column(name: "followers", role: .followers, data: .integer(followers, none)),
            Column(name: "reach", role: .reach, data: .integer(reach, none)),
            Column(name: "impressions", role: .impressions, data: .integer(impressions, none)),
            Column(name: "likes", role: .likes, data: .integer(likes, none)),
            Column(name: "comments", role: .comments, data: .integer(comments, none)),
            Column(name: "shares", role: .shares, data: .integer(shares, none)),
            Column(name: "saves", role: .saves, data: .integer(saves, none)),
            Column(name: "clicks", role: .clicks, data: .integer(clicks, none)),
            Column(name: "paid", role: .paid, data: .boolean(paid, none)),
            Column(name: "spend", role: .spend, data: .decimal(spend, none)),
        ], kind: .posts)
        var postCounts = [Int](repeating: 0, count: roster.count)
        for code in accountCodes { postCounts[Int(code)] += 1 }
        return (posts, accounts(roster, postCounts: postCounts, settings: settings, name: accountsName))
    }

    /// The accounts dataset: one row per account, followers as shown at the end of the period.
    static func accounts(_ roster: [SimulatedAccount], postCounts: [Int], settings: PostSettings, name: String) -> Dataset {
        let none = MissingMask()
        return Dataset(name: name, columns: [
            Column(name: "account", role: .account, data: .text(TextValues(plain: roster.map(\.id)), none)),
            CompactText.column("platform", role: .platform, pool: settings.platforms,
                               codes: roster.map { UInt32($0.platform) }),
            Column(name: "handle", role: .handle, data: .text(TextValues(plain: roster.map(\.handle)), none)),
            Column(name: "name", role: .accountName, data: .text(TextValues(plain: roster.map(\.name)), none)),
            CompactText.column("voice", role: .voice, pool: voices, codes: roster.map { $0.isPerson ? 0 : 1 }),
            Column(name: "followers", role: .followers, data: .integer(roster.map {
                Int64($0.shownFollowers(real: Double($0.realFollowers), boughtShare: settings.boughtShare))
            }, none)),
            Column(name: "following", role: .following, data: .integer(roster.map { Int64($0.following) }, none)),
            Column(name: "posts", role: .posts, data: .integer(zip(roster, postCounts).map { Int64($0.earlierPosts + $1) }, none)),
            Column(name: "created", role: .created, data: .time(roster.map(\.created), none)),
            Column(name: "verified", role: .verified, data: .boolean(roster.map(\.verified), none)),
        ], kind: .accounts)
    }

    /// A format index drawn by the format shares.
    static func drawFormat(using generator: inout SplitMix64) -> Int {
        var u = generator.nextUnit()
        for (index, share) in formatShares.enumerated() {
            if u < share { return index }
            u -= share
        }
        return formatShares.count - 1
    }
}
