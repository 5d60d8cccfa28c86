/// One answer as stored: who gave it, to which question, the line as typed, and the numbers it stands for.
struct StoredAnswer: Equatable {
    /// The respondent's id.
    var respondent: String
    /// The respondent's group, if any.
    var group: String?
    /// The respondent's role: candidate or employee.
    var role: String
    /// The question's key.
    var question: String
    /// The answer line as the respondent gave it.
    var answer: String
    /// The numbers, in alternative order; empty when the question was skipped.
    var numbers: [Int]
}
