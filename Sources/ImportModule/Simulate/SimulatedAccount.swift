import RapportCore

/// One simulated account: who posts, on which platform, to how many followers, in which tone.
struct SimulatedAccount {
    /// The account's identifier, such as `a003`.
    let id: String
    /// Index into the platform list.
    let platform: Int
    /// The handle without `@`.
    let handle: String
    /// The display name.
    let name: String
    /// Whether a person (true) or an institution speaks.
    let isPerson: Bool
    /// Followers who can interact, at the end of the period.
    let realFollowers: Int
    /// Whether bought followers who never interact inflate the follower count.
    let isBought: Bool
    /// Accounts this one follows.
    let following: Int
    /// Posts published before the simulated period.
    let earlierPosts: Int
    /// When the account was opened (seconds since 1970).
    let created: Int64
    /// Whether the platform verified it.
    let verified: Bool
    /// Probabilities of informal, formal and neutral address in its posts.
    let tone: (informal: Double, formal: Double)

    /// The follower count shown when a share `bought` of the shown followers never interacts: real / (1 − bought).
    func shownFollowers(real: Double, boughtShare: Double) -> Int {
        Int((isBought ? real / (1 - boughtShare) : real).rounded())
    }

    /// The address of one post, drawn from the account's tone.
    func drawAddress(using generator: inout SplitMix64) -> PostText.Address {
        let u = generator.nextUnit()
        if u < tone.informal { return .informal }
        return u < tone.informal + tone.formal ? .formal : .neutral
    }
}
