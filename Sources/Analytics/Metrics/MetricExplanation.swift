import RapportCore

/// What `explain METRIC` prints: definition, formula, what is left out, source and how to read it.
public struct MetricExplanation: Sendable {
    /// What the metric is, in a sentence or two.
    public let definition: Message
    /// The formula, per post and pooled.
    public let formula: Message
    /// What it does not count or cannot see.
    public let leftOut: Message
    /// Where the definition comes from.
    public let source: Message
    /// How to read a value.
    public let reading: Message

    /// An explanation from its parts.
    public init(definition: Message, formula: Message, leftOut: Message, source: Message, reading: Message) {
        self.definition = definition
        self.formula = formula
        self.leftOut = leftOut
        self.source = source
        self.reading = reading
    }
}
