import RapportCore

/// A report's appendix: method notes, the datasets behind the findings with their rows and the command that made
/// each, the source files with their SHA-256, rapport's version, the workspace and the time written.
struct ReportAppendix {
    /// One dataset behind the findings.
    struct DatasetLine {
        /// Its name.
        let name: String
        /// Its rows.
        let rows: Int
        /// The command line that stored it.
        let command: String?
    }

    /// The method notes, in the report's language.
    let methods: [String]
    /// The datasets behind the findings and the datasets they read.
    let datasets: [DatasetLine]
    /// The files the rows trace back to, each once.
    let files: [SourceFile]
    /// rapport's version.
    let version: String
    /// The workspace's location.
    let workspace: String
    /// When the report was written, ISO 8601 in UTC.
    let time: String
}
