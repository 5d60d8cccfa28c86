import RapportCore

/// Everything a report shows, gathered from the workspace once; the HTML and Markdown writers only lay it out.
struct ReportContent {
    /// A stored score result and the command that computed it.
    struct Score {
        /// The result table.
        let dataset: Dataset
        /// The command that computed it, such as `score posts engagement-rate`.
        let source: String
    }

    /// A stored comparison: its groups, its pairs, its plain sentence and a chart of the medians.
    struct Comparison {
        /// One row per group (or account).
        let groups: Dataset
        /// One row per pair of groups, when stored.
        let pairs: Dataset?
        /// The plain sentence in the report's language, when recorded.
        let sentence: String?
        /// The command that computed it, with its parameters, when recorded.
        let source: String?
        /// The medians with their intervals.
        let bars: [BarChart.Bar]
    }

    /// The report's title.
    let title: String
    /// The report's language.
    let language: Language
    /// Formats cells in the report's language.
    let formatter: CellFormatter
    /// One row per dataset of the workspace.
    let summary: Dataset
    /// The score results.
    let scores: [Score]
    /// The goal check, with `met` in words; nil without goals.
    let goals: Dataset?
    /// How many goals (per group) are met, of how many.
    let goalsMet: Int, goalsTotal: Int
    /// The comparisons.
    let comparisons: [Comparison]
    /// The survey profiles.
    let surveys: [SurveyProfile]
    /// Where it all came from.
    let provenance: Provenance

    /// A message in the report's language.
    func say(_ message: Message) -> String {
        message.text(language)
    }

    /// Whether there is any result to show.
    var hasResults: Bool {
        !scores.isEmpty || goals != nil || !comparisons.isEmpty || !surveys.isEmpty
    }
}
