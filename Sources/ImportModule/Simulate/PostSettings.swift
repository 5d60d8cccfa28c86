/// What `simulate posts` generates: how many posts, from which seed, with which effects.
struct PostSettings {
    /// The number of posts.
    var count: Int
    /// The generator's seed.
    var seed: UInt64
    /// The number of accounts (at least 2: the CEO and the company page).
    var accounts = 12
    /// Expected interactions per follower of person posts over institution posts.
    var personPremium = 2.5
    /// The share of followers that never interact, on every 4th account.
    var boughtShare = 0.0
    /// The platforms accounts are drawn from.
    var platforms = ["facebook", "instagram", "linkedin", "x", "tiktok"]
    /// The first moment of the period (seconds since 1970); default 2025-01-01.
    var start: Int64 = 1_735_689_600
    /// The period's length in days.
    var days = 365
}
