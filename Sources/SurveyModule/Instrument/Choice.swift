/// Something an instrument names by id and labels with a text: a round, an alternative (culture type) or a scale.
struct Choice: Codable, Equatable, Sendable {
    /// The id answers and results use.
    var id: String
    /// The label shown to people.
    var text: LocalizedText
}
