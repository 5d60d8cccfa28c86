import RapportCore

/// The State of Search blog's signs of a bot, as Cresci et al. (2015) list them, those a follower sample can show.
///
/// Of its rules (a bio that says "bot", following:followers of 100:1, duplicate posts, duplicate
/// pictures, posting through the API) only the ratio is in a follower sample's profile figures.
extension AuthenticityIndicator {
    /// The rules.
    public static let stateOfSearch: [AuthenticityIndicator] = [
        AuthenticityIndicator("stateofsearch.following-ratio-100", Words.indicatorFollowingHundred,
                              roles: [.following, .followers]) { sample, row in
            FollowingRatio.reaches(100, in: sample, row)
        },
    ]
}
