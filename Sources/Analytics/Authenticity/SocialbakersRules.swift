import RapportCore

/// Socialbakers' Fake Followers Check (2012), the criteria a follower sample can show.
///
/// Its methodology page calls an account suspicious for: following ≥ 50 × followers, never having
/// posted, a default picture on an account older than two months, and neither bio nor location
/// while following more than 100 accounts. The criteria on the posts themselves (spam phrases,
/// repeated posts, over 90 % retweets or links) are not implemented.
extension AuthenticityIndicator {
    /// Two months, in days, as the default-picture rule counts them.
    static let twoMonthsInDays = 60.0

    /// The rules, in the order of the methodology page.
    public static let socialbakers: [AuthenticityIndicator] = [
        AuthenticityIndicator("socialbakers.following-ratio-50", Words.indicatorFollowingFifty,
                              roles: [.following, .followers]) { sample, row in
            FollowingRatio.reaches(50, in: sample, row)
        },
        AuthenticityIndicator("socialbakers.never-posted", Words.indicatorNeverPosted, roles: [.posts]) { sample, row in
            sample.number(.posts, row).map { $0 == 0 }
        },
        AuthenticityIndicator("socialbakers.default-picture", Words.indicatorDefaultPicture,
                              roles: [.defaultPicture, .created]) { sample, row in
            guard let isDefault = sample.flag(.defaultPicture, row), let age = sample.ageInDays(row) else { return nil }
            return isDefault && age > twoMonthsInDays
        },
        AuthenticityIndicator("socialbakers.no-bio-no-location", Words.indicatorNoBioNoLocation,
                              roles: [.hasBio, .hasLocation, .following]) { sample, row in
            guard let bio = sample.flag(.hasBio, row), let location = sample.flag(.hasLocation, row),
                  let following = sample.number(.following, row) else { return nil }
            return !bio && !location && following > 100
        },
    ]
}
