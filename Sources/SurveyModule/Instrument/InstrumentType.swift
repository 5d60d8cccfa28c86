/// How an instrument's items are answered.
enum InstrumentType: String, Codable, Sendable, CaseIterable {
    /// Points split across alternatives that must add up to a total, once per round ("now", "preferred").
    case ipsative
    /// One rating per statement on a 1…points scale.
    case likert
}
