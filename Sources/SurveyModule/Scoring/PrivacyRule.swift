/// The privacy rules of survey results.
enum PrivacyRule {
    /// Profiles of fewer respondents than this are withheld, so no one's answers can be read back out of them.
    static let smallestGroup = 3
    /// Fits against fewer respondents than this carry a note that the reference profile is unreliable.
    static let reliableFrom = 5
}
