import RapportCore

/// One finding of a report: what one result (or a comparison's pair of tables, or the goal check) says, in the
/// report's language, ready for any rendering: title, sentence, chart, table for reading, definition notes and the
/// command that computed it.
struct ReportFinding {
    /// The kinds of result a report turns into findings; each kind is made in one place (`FindingsBuilder`). The raw
    /// value is the word `--include` takes.
    enum Kind: String, CaseIterable {
        /// A `score` result.
        case score
        /// A `compare` result: groups (with their pairs) or accounts.
        case comparison
        /// The check of the stored goals.
        case goals
        /// An authenticity `audit`'s summary.
        case audit
        /// A survey's culture profile.
        case surveyProfile = "survey-profile"
        /// A survey fit of a person.
        case surveyFit = "survey-fit"
        /// An intermediate table (an audit's followers, rules or Benford digits), shown only when `--include` names it.
        case table
    }

    /// The kind of result.
    let kind: Kind
    /// The name of the result's dataset (`goals` for the goal check), which `--include` takes.
    let name: String
    /// The human title.
    let title: String
    /// The finding in a plain sentence, when there is one.
    let sentence: String?
    /// The chart, when the result has one.
    let chart: FindingChart?
    /// The main table formatted for reading, and a second one (a comparison's pairs).
    let tables: [ReadableTable]
    /// The datasets behind the tables, unformatted (for the workbook), in the same order.
    let datasets: [Dataset]
    /// The definitions of what the numbers mean.
    let notes: [String]
    /// The command line that computed the result, with all its parameters.
    let command: String?
    /// The lines this finding adds to the key findings.
    let keyLines: [KeyFinding]
}
