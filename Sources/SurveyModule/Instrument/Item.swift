/// One item of an instrument: a dimension with one text per alternative (ipsative) or a statement to rate (likert).
struct Item: Codable, Equatable, Sendable {
    /// The id answers are stored under.
    var id: String
    /// The question or statement.
    var text: LocalizedText
    /// Ipsative: one text per alternative, in the order of the instrument's `alternatives`.
    var alternatives: [LocalizedText]?
    /// Likert: the id of the scale the item belongs to.
    var scale: String?
    /// Likert: whether agreement counts against the scale (scored points + 1 − answer).
    var reverse: Bool?

    /// Whether the item is reverse-keyed.
    var isReversed: Bool { reverse ?? false }
}
