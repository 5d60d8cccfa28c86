import RapportCore

/// Generates a follower sample for the authenticity audit, each row labelled fake or real.
///
/// A row is fake with probability F. Real: followers lognormal(median 300, σ 1.5), following
/// lognormal(300, 1.0), posts lognormal(150, 1.5), account age lognormal(1,500 days, 0.7),
/// picture 95 %, bio 80 %, URL 35 %, location 60 %. Fake: followers lognormal(20, 1.3), following
/// lognormal(1,200, 1.0), posts lognormal(4, 1.6), age lognormal(150 days, 1.0), picture 60 %,
/// bio 30 %, URL 10 %, location 20 %. A present picture is the platform's default avatar with
/// probability 3 % (real) or 35 % (fake). Listed is Poisson(followers / 300). The distributions
/// overlap on purpose: no single rule separates the two groups. The sample is taken at 2026-01-01.
enum FollowerSimulator {
    /// One group's parameters.
    struct Profile {
        /// Medians and σ of the lognormal counts and of the account age in days.
        let followers: Double, followersSigma: Double, following: Double, posts: Double, postsSigma: Double
        let ageDays: Double, ageSigma: Double
        /// Probabilities of the profile features.
        let picture: Double, defaultPicture: Double, bio: Double, url: Double, location: Double
    }

    /// Real followers.
    static let real = Profile(followers: 300, followersSigma: 1.5, following: 300, posts: 150, postsSigma: 1.5, ageDays: 1_500, ageSigma: 0.7,
                              picture: 0.95, defaultPicture: 0.03, bio: 0.8, url: 0.35, location: 0.6)
    /// Fake followers.
    static let fake = Profile(followers: 20, followersSigma: 1.3, following: 1_200, posts: 4, postsSigma: 1.6, ageDays: 150, ageSigma: 1.0,
                              picture: 0.6, defaultPicture: 0.35, bio: 0.3, url: 0.1, location: 0.2)
    /// When the sample was taken: 2026-01-01T00:00:00Z.
    static let sampledAt: Int64 = 1_767_225_600

    /// `count` followers, a share `fakeShare` of them fake on average.
    static func make(count: Int, fakeShare: Double, seed: UInt64, name: String,
                     checkpoint: () throws -> Void) throws -> Dataset {
        var generator = SplitMix64(seed: seed)
        let width = SimulatedID.width(for: count, minimum: 6)
        var ids = [String](), followers = [Int64](), following = [Int64](), posts = [Int64](), listed = [Int64]()
        var created = [Int64](), picture = [Bool](), defaultPicture = [Bool](), bio = [Bool](), url = [Bool]()
        var location = [Bool](), labels = [UInt32]()
        for index in 0..<count {
            if index & 0xFFFF == 0 { try checkpoint() }
            let isFake = generator.chance(fakeShare)
            let profile = isFake ? fake : real
            let followerCount = Int64(generator.logNormal(median: profile.followers, sigma: profile.followersSigma))
            ids.append(SimulatedID.make("f", index + 1, width: width))
            followers.append(followerCount)
            following.append(Int64(generator.logNormal(median: profile.following, sigma: 1.0)))
            posts.append(Int64(generator.logNormal(median: profile.posts, sigma: profile.postsSigma)))
            listed.append(Int64(generator.poisson(Double(followerCount) / 300)))
            let ageDays = generator.logNormal(median: profile.ageDays, sigma: profile.ageSigma)
            created.append(sampledAt - Int64(ageDays * 86_400))
            let hasPicture = generator.chance(profile.picture)
            picture.append(hasPicture)
            defaultPicture.append(generator.chance(profile.defaultPicture) && hasPicture)
            bio.append(generator.chance(profile.bio))
            url.append(generator.chance(profile.url))
            location.append(generator.chance(profile.location))
            labels.append(isFake ? 0 : 1)
        }
        let none = MissingMask()
        return Dataset(name: name, columns: [
            Column(name: "follower_id", role: .followerID, data: .text(TextValues(plain: ids), none)),
            Column(name: "followers", role: .followers, data: .integer(followers, none)),
            Column(name: "following", role: .following, data: .integer(following, none)),
            Column(name: "posts", role: .posts, data: .integer(posts, none)),
            Column(name: "listed", role: .listed, data: .integer(listed, none)),
            Column(name: "created", role: .created, data: .time(created, none)),
            Column(name: "has_picture", role: .hasPicture, data: .boolean(picture, none)),
            Column(name: "default_picture", role: .defaultPicture, data: .boolean(defaultPicture, none)),
            Column(name: "has_bio", role: .hasBio, data: .boolean(bio, none)),
            Column(name: "has_url", role: .hasURL, data: .boolean(url, none)),
            Column(name: "has_location", role: .hasLocation, data: .boolean(location, none)),
            CompactText.column("label", role: nil, pool: ["fake", "real"], codes: labels),
        ], kind: .followers)
    }
}
