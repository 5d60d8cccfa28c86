/// One line of a report's key findings, with a tone that colours its mark; the text itself says met or missed, so
/// the colour is never the only sign.
struct KeyFinding: Equatable {
    /// How the mark in front reads.
    enum Tone: Equatable {
        /// A plain finding.
        case neutral
        /// A goal met.
        case met
        /// A goal missed or not computable.
        case missed
    }

    /// The line.
    let text: String
    /// The mark's tone.
    let tone: Tone
    /// The mark's own text label (`met`, `missed`), empty for a plain finding.
    let label: String
}
