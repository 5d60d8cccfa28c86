/// The "follows many, followed by few" test several rule sets share.
enum FollowingRatio {
    /// Whether an account follows at least `ratio` times as many accounts as follow it; an account that
    /// follows nobody never passes (0 : 0 is no ratio). Nil when either count is missing.
    static func reaches(_ ratio: Double, in sample: FollowerSample, _ row: Int) -> Bool? {
        guard let following = sample.number(.following, row), let followers = sample.number(.followers, row) else {
            return nil
        }
        return following > 0 && following >= ratio * followers
    }
}
