import RapportCore

/// A culture profile a survey stored: one row per culture type with its score now and preferred.
///
/// The convention: a dataset with the columns `type` (text), `now` and `preferred` (numbers) is a survey profile.
struct SurveyProfile {
    /// The names of the columns that make a dataset a survey profile.
    static let typeColumn = "type", nowColumn = "now", preferredColumn = "preferred"

    /// The dataset.
    let dataset: Dataset
    /// The culture types, in the dataset's order.
    let types: [String]
    /// The scores now and preferred (NaN where missing).
    let now: [Double], preferred: [Double]

    /// The profile a dataset holds, or nil when it lacks the columns of the convention or they have the wrong types.
    init?(_ dataset: Dataset) {
        guard let type = dataset.column(named: SurveyProfile.typeColumn), type.type == .text,
              let now = dataset.column(named: SurveyProfile.nowColumn)?.data.numbersOrNaN,
              let preferred = dataset.column(named: SurveyProfile.preferredColumn)?.data.numbersOrNaN
        else { return nil }
        self.dataset = dataset
        types = (0..<dataset.rowCount).map { row in
            if case .text(let value) = type.data[row] { return value }
            return ""
        }
        self.now = now
        self.preferred = preferred
    }
}
