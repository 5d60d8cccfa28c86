import RapportCore

/// Camisani-Calzolari's human points (2012), those a follower sample can show: each missing point is a sign of a fake.
///
/// His list gives an account one point for each of, among others: a picture, a location, a bio, a URL,
/// at least 30 followers, being on a list, at least 50 posts, and 2 × followers ≥ following. The points
/// that need the account's posts (hashtags, punctuation, clients, retweets …) are not implemented.
extension AuthenticityIndicator {
    /// The rules, in the order of the published list.
    public static let camisaniCalzolari: [AuthenticityIndicator] = [
        flagMissing("camisani.no-picture", Words.indicatorNoPicture, role: .hasPicture),
        flagMissing("camisani.no-location", Words.indicatorNoLocation, role: .hasLocation),
        flagMissing("camisani.no-bio", Words.indicatorNoBio, role: .hasBio),
        AuthenticityIndicator("camisani.few-followers", Words.indicatorFewFollowers, roles: [.followers]) { sample, row in
            sample.number(.followers, row).map { $0 < 30 }
        },
        AuthenticityIndicator("camisani.not-listed", Words.indicatorNotListed, roles: [.listed]) { sample, row in
            sample.number(.listed, row).map { $0 < 1 }
        },
        AuthenticityIndicator("camisani.few-posts", Words.indicatorFewPosts, roles: [.posts]) { sample, row in
            sample.number(.posts, row).map { $0 < 50 }
        },
        flagMissing("camisani.no-url", Words.indicatorNoURL, role: .hasURL),
        AuthenticityIndicator("camisani.following-ratio", Words.indicatorFollowingTwice,
                              roles: [.following, .followers]) { sample, row in
            guard let following = sample.number(.following, row), let followers = sample.number(.followers, row) else {
                return nil
            }
            return 2 * followers < following
        },
    ]

    /// An indicator that shows when a profile feature is absent.
    private static func flagMissing(_ name: String, _ summary: Message, role: ColumnRole) -> AuthenticityIndicator {
        AuthenticityIndicator(name, summary, roles: [role]) { sample, row in
            sample.flag(role, row).map { !$0 }
        }
    }
}
