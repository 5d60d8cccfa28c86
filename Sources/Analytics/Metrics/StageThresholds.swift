import RapportCore

/// The thresholds of relationship stages: the window, the points of friend and confidant, and what counts as recent.
public struct StageThresholds: Sendable, Equatable {
    /// Days before the end of the window whose interactions count.
    public var windowDays: Int
    /// Points from which a person is a friend.
    public var friendPoints: Int
    /// Points from which a person is a confidant (with a recent comment or share).
    public var confidantPoints: Int
    /// Days before the end of the window in which a confidant's comment or share must fall.
    public var recentDays: Int

    /// Thresholds from their parts; the defaults are those of METRICS.md.
    public init(windowDays: Int = 180, friendPoints: Int = 5, confidantPoints: Int = 20, recentDays: Int = 30) {
        self.windowDays = windowDays
        self.friendPoints = friendPoints
        self.confidantPoints = confidantPoints
        self.recentDays = recentDays
    }

    /// The thresholds in force: the settings `stage-window`, `stage-friend`, `stage-confidant` and `stage-recent`.
    public init(settings: Settings) {
        let standard = StageThresholds()
        self.init(windowDays: Int(settings["stage-window"]) ?? standard.windowDays,
                  friendPoints: Int(settings["stage-friend"]) ?? standard.friendPoints,
                  confidantPoints: Int(settings["stage-confidant"]) ?? standard.confidantPoints,
                  recentDays: Int(settings["stage-recent"]) ?? standard.recentDays)
    }
}
