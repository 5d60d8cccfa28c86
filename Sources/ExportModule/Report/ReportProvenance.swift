import RapportCore

/// What a report came from: the rapport version, the workspace, the datasets it shows and when it was written.
struct ReportProvenance {
    /// The version of rapport that wrote the report.
    let version: String
    /// The workspace's location.
    let workspace: String
    /// The datasets the report shows, in order.
    let datasets: [String]
    /// When the report was written, as ISO 8601 in UTC.
    let time: String

    /// The facts as label and value, in a language.
    func lines(_ language: Language) -> [(label: String, value: String)] {
        [(Words.reportVersion.text(language), version), (Words.reportWorkspace.text(language), workspace),
         (Words.reportDatasets.text(language), datasets.joined(separator: ", ")),
         (Words.reportTime.text(language), time)]
    }
}
