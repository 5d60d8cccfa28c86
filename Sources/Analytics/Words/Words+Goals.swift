import RapportCore

/// Messages of goal checks.
extension Words {
    /// The group label of a goal that is not grouped.
    public static let allRows = Message(en: "all", de: "alle")
}
