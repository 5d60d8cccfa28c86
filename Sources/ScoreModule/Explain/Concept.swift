import RapportCore

/// An idea rapport teaches (bought followers, culture fit …): what it says and which commands show it.
struct Concept {
    /// The word `explain` takes, such as `bought-followers`.
    let name: String
    /// One line on the idea.
    let summary: Message
    /// The idea in a few sentences.
    let idea: Message
    /// Commands that show it.
    let commands: [String]
}
