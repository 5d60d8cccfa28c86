import RapportCore

/// What each authenticity indicator checks, in words.
extension Words {
    /// camisani.no-picture
    public static let indicatorNoPicture = Message(en: "no profile picture", de: "kein Profilbild")
    /// camisani.no-location
    public static let indicatorNoLocation = Message(en: "no location in the profile", de: "kein Ort im Profil")
    /// camisani.no-bio
    public static let indicatorNoBio = Message(en: "no bio", de: "keine Profilbeschreibung")
    /// camisani.few-followers
    public static let indicatorFewFollowers = Message(en: "fewer than 30 followers", de: "weniger als 30 Follower")
    /// camisani.not-listed
    public static let indicatorNotListed = Message(en: "on no list of other users", de: "auf keiner Liste anderer Nutzer")
    /// camisani.few-posts
    public static let indicatorFewPosts = Message(en: "fewer than 50 posts", de: "weniger als 50 Beiträge")
    /// camisani.no-url
    public static let indicatorNoURL = Message(en: "no URL in the profile", de: "keine URL im Profil")
    /// camisani.following-ratio
    public static let indicatorFollowingTwice = Message(en: "follows more than twice as many as follow it",
                                                        de: "folgt mehr als doppelt so vielen, wie ihm folgen")
    /// socialbakers.following-ratio-50
    public static let indicatorFollowingFifty = Message(en: "follows at least 50 times as many as follow it",
                                                        de: "folgt mindestens 50-mal so vielen, wie ihm folgen")
    /// socialbakers.never-posted
    public static let indicatorNeverPosted = Message(en: "has never posted", de: "hat nie etwas gepostet")
    /// socialbakers.default-picture
    public static let indicatorDefaultPicture = Message(en: "default picture on an account older than two months",
                                                        de: "Standardbild bei einem Konto, das älter als zwei Monate ist")
    /// socialbakers.no-bio-no-location
    public static let indicatorNoBioNoLocation = Message(en: "neither bio nor location, and follows more than 100",
                                                         de: "weder Beschreibung noch Ort, und folgt mehr als 100")
    /// stateofsearch.following-ratio-100
    public static let indicatorFollowingHundred = Message(en: "follows at least 100 times as many as follow it",
                                                          de: "folgt mindestens 100-mal so vielen, wie ihm folgen")
}
