/// One bullet point, with a tone that colours its mark (the text itself must say met or missed; colour only adds).
struct SlideBullet {
    /// How the mark in front is coloured.
    enum Tone {
        /// The accent colour.
        case neutral
        /// Green: a goal met.
        case positive
        /// Red: a goal missed.
        case negative
    }

    /// The text.
    var text: String
    /// The tone of the mark.
    var tone: Tone

    /// A bullet of a text and a tone.
    init(_ text: String, tone: Tone = .neutral) {
        self.text = text
        self.tone = tone
    }
}
