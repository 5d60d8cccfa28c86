import RapportCore

/// One chapter of the tour: an idea, and a few commands on the demo workspace that show it.
struct TourChapter {
    /// One step: a command to run and what its result shows.
    struct Step {
        /// The command line, run as if typed.
        let command: String
        /// Two or three sentences on what to look at; true whatever the numbers are.
        let reading: Message
    }

    /// The word that picks the chapter, such as `people`.
    let id: String
    /// The chapter's title.
    let title: Message
    /// The idea in two or three sentences.
    let idea: Message
    /// The datasets of the demo workspace the steps need.
    let needs: [String]
    /// The steps, in order.
    let steps: [Step]
}
