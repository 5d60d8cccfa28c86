/// A survey instrument as its JSON file describes it (docs/SURVEY-INSTRUMENTS.md).
struct Instrument: Codable, Equatable, Sendable {
    /// The id surveys name it by.
    var id: String
    /// The title.
    var title: LocalizedText
    /// What respondents read before the first item.
    var introduction: LocalizedText?
    /// How items are answered.
    var type: InstrumentType
    /// Whether respondents may skip items.
    var skip: Bool?
    /// Ipsative: the points each item's alternatives must add up to.
    var total: Int?
    /// Ipsative: the rounds every item is answered in, such as "now" and "preferred".
    var rounds: [Choice]?
    /// Ipsative: the alternatives (culture types) every item splits the points across.
    var alternatives: [Choice]?
    /// Likert: the highest answer, 5 or 7.
    var points: Int?
    /// Likert: what the lowest and highest answers mean.
    var anchors: LocalizedText?
    /// Likert: the scales items are grouped into.
    var scales: [Choice]?
    /// The items.
    var items: [Item]
    /// Likert: items asked once per value the client names (`survey new --values`), `{value}` in their texts.
    var valueItems: [Item]?

    /// Whether respondents may skip items.
    var allowsSkip: Bool { skip ?? false }

    /// Whether the survey must name the client's values.
    var needsValues: Bool { !(valueItems ?? []).isEmpty }

    /// The instrument with its value items made concrete for the client's values: `ITEM-N` per value N (from 1).
    func expanded(values: [String]) -> Instrument {
        var copy = self
        for (index, value) in values.enumerated() {
            for template in valueItems ?? [] {
                var item = template
                item.id = "\(template.id)-\(index + 1)"
                item.text = template.text.filling(value: value)
                copy.items.append(item)
            }
        }
        copy.valueItems = nil
        return copy
    }
}
