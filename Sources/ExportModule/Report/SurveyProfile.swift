import RapportCore

/// A culture profile a survey stored: one row per culture type with its score now and preferred.
///
/// Two layouts are profiles: a dataset with the columns `type` (text), `now` and `preferred` (numbers), and the
/// `survey-profile` that `survey results` stores without `--by` (culture type first, then `now_mean`, `preferred_mean`).
struct SurveyProfile {
    /// The names of the columns that make a dataset a survey profile.
    static let typeColumn = "type", nowColumn = "now", preferredColumn = "preferred"
    /// The score columns of the profile (kind `survey-profile`) `survey results` stores.
    static let resultsNowColumn = "now_mean", resultsPreferredColumn = "preferred_mean"

    /// The dataset.
    let dataset: Dataset
    /// The culture types, in the dataset's order.
    let types: [String]
    /// The scores now and preferred (NaN where missing).
    let now: [Double], preferred: [Double]

    /// The profile a dataset holds, or nil when it has neither layout, its columns have the wrong types, or (a profile
    /// by group) a culture type comes more than once.
    init?(_ dataset: Dataset) {
        let convention = dataset.column(named: SurveyProfile.typeColumn)
            .map { ($0, SurveyProfile.nowColumn, SurveyProfile.preferredColumn) }
        let results = dataset.kind == .surveyProfile
            ? dataset.columns.first.map { ($0, SurveyProfile.resultsNowColumn, SurveyProfile.resultsPreferredColumn) } : nil
        guard let (type, nowName, preferredName) = convention ?? results, type.type == .text,
              let now = dataset.column(named: nowName)?.data.numbersOrNaN,
              let preferred = dataset.column(named: preferredName)?.data.numbersOrNaN
        else { return nil }
        let types = (0..<dataset.rowCount).map { row in
            if case .text(let value) = type.data[row] { return value }
            return ""
        }
        guard Set(types).count == types.count else { return nil }
        self.dataset = dataset
        self.types = types
        self.now = now
        self.preferred = preferred
    }
}
