import RapportCore

/// A survey's answers, one row per respondent and question: the dataset `NAME` of kind `survey-responses`.
struct ResponseTable {
    /// The survey's name.
    let survey: String
    /// The answers, in the order they were first given.
    private(set) var answers: [StoredAnswer] = []
    /// The respondents' ids in the order they first answered.
    private(set) var respondents: [String] = []
    /// Where each respondent's answers are in `answers`, by question key.
    private var positions: [String: [String: Int]] = [:]

    /// An empty table for a new survey.
    init(survey: String) {
        self.survey = survey
    }

    /// The answers stored in the workspace for a survey.
    init(loading survey: String, from workspace: Workspace) throws {
        self.survey = survey
        let dataset = try workspace.dataset(named: survey)
        /// A text column's cells, nil where missing or not text.
        func texts(_ name: String) -> [String?] {
            guard let data = dataset.column(named: name)?.data else { return Array(repeating: nil, count: dataset.rowCount) }
            return (0..<data.count).map { row in
                if case .text(let text) = data[row] { return text }
                return nil
            }
        }
        let respondents = texts("respondent"), groups = texts("group"), roles = texts("role")
        let questions = texts("question"), lines = texts("answer"), numbers = texts("numbers")
        for row in 0..<dataset.rowCount {
                record(StoredAnswer(respondent: respondents[row] ?? "", group: groups[row], role: roles[row] ?? Role.employee.rawValue,
                                question: questions[row] ?? "", answer: lines[row] ?? "",
                                numbers: (numbers[row] ?? "").split(separator: " ").compactMap { Int($0) }))
        }
    }

    /// The table as its dataset.
    var dataset: Dataset {
        Dataset(name: survey, columns: [
            .text("respondent", answers.map(\.respondent)),
            .text("group", answers.map(\.group)),
            .text("role", answers.map(\.role)),
            .text("question", answers.map(\.question)),
            .text("answer", answers.map(\.answer)),
            .text("numbers", answers.map { $0.numbers.isEmpty ? nil : $0.numbers.map(String.init).joined(separator: " ") }),
        ], kind: .surveyResponses)
    }

    /// A respondent's answers by question key.
    func answers(of respondent: String) -> [String: StoredAnswer] {
        (positions[respondent] ?? [:]).mapValues { answers[$0] }
    }

    /// The first stored answer of a respondent, which carries their group and role.
    func first(of respondent: String) -> StoredAnswer? {
        positions[respondent]?.values.min().map { answers[$0] }
    }

    /// Stores an answer, replacing an earlier answer of the same respondent to the same question.
    mutating func record(_ answer: StoredAnswer) {
        if let index = positions[answer.respondent]?[answer.question] {
            answers[index] = answer
            return
        }
        if positions[answer.respondent] == nil { respondents.append(answer.respondent) }
        positions[answer.respondent, default: [:]][answer.question] = answers.count
        answers.append(answer)
    }

    /// Removes every answer of a respondent; false when there were none.
    mutating func remove(_ respondent: String) -> Bool {
        guard positions[respondent] != nil else { return false }
        let kept = answers.filter { $0.respondent != respondent }
        self = ResponseTable(survey: survey)
        for answer in kept { record(answer) }
        return true
    }

    /// The next generated respondent id: `r001`, `r002`, … not yet used.
    var nextGeneratedID: String {
        var number = respondents.count + 1
        while positions[ResponseTable.generatedID(number)] != nil { number += 1 }
        return ResponseTable.generatedID(number)
    }

    /// The generated id with a number.
    static func generatedID(_ number: Int) -> String {
        "r" + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
    }
}
