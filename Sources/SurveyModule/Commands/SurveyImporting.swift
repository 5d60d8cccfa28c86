import Foundation
import RapportCore

/// `survey import NAME FILE`: answers from a table file, one row per respondent.
///
/// The file is read by the import module's reader (`Registry.tableReader`, so every format and encoding `import` knows
/// works). Columns: `respondent` (left out in anonymous surveys),
/// optional `group` and `role`, and one column per question named by its key (`now.character`, `o1`, …) holding
/// the answer as it would be typed. Empty cells stay unanswered, so `survey run` can complete them later.
enum SurveyImporting {
    /// The file of answers.
    static let file = Positional("FILE", .file)

    /// Reads the file, checks every answer, and adds the respondents; nothing is stored when a cell is wrong.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let fileWord = invocation[Self.file]
        let (rows, file) = try read(fileWord, invocation, context)
        var table = try ResponseTable(loading: definition.name, from: context.workspace)
        let questions = Question.all(in: definition.instrument)
        let known = Set(questions.map(\.key) + ["respondent", "group", "role"])
        if let stranger = rows.columns.first(where: { !known.contains($0) }) {
            throw invocation.error(Words.importUnknownColumn(stranger, fileWord.text), at: fileWord)
        }
        if !definition.anonymous && !rows.columns.contains("respondent") {
            throw invocation.error(Words.importNeedsRespondent(fileWord.text), at: fileWord)
        }
        for (index, row) in rows.values.enumerated() {
            let line = index + 2
            let respondent = definition.anonymous ? table.nextGeneratedID : (row["respondent"] ?? "")
            guard !respondent.isEmpty, !respondent.contains(where: \.isWhitespace) else {
                throw RapportError(Words.badRespondent(respondent), at: SourcePosition(file: fileWord.text, line: line))
            }
            guard table.first(of: respondent) == nil else {
                throw RapportError(Words.importRespondentExists(respondent), at: SourcePosition(file: fileWord.text, line: line))
            }
            let role = row["role"].flatMap { Role(rawValue: $0) } ?? .employee
            if let given = row["role"], Role(rawValue: given) == nil {
                throw RapportError(Words.importBadRole(given), at: SourcePosition(file: fileWord.text, line: line))
            }
            for question in questions {
                guard let text = row[question.key] else { continue }
                let place = SourcePosition(file: fileWord.text, line: line, column: (rows.columns.firstIndex(of: question.key) ?? 0) + 1)
                let numbers: [Int]
                switch AnswerLine.parse(text, for: definition.instrument) {
                case .success(.numbers(let given)): numbers = given
                case .success(.skip) where definition.instrument.allowsSkip: numbers = []
                case .failure(let reason): throw RapportError(reason.message, at: place)
                case .success: throw RapportError(Words.importNotAnAnswer(text), at: place)
                }
                table.record(StoredAnswer(respondent: respondent, group: row["group"], role: role.rawValue,
                                          question: question.key, answer: text, numbers: numbers))
            }
        }
        try context.workspace.put(table.dataset, replacing: true, file: file)
        return .message(context.say(Words.importedRespondents(rows.values.count, definition.name)),
                        [("respondents", .integer(Int64(rows.values.count)))])
    }

    /// The file's column names, its rows as text cells by column name (empty cells left out), and its record.
    private static func read(_ fileWord: Word, _ invocation: Invocation, _ context: CommandContext) throws
        -> (rows: (columns: [String], values: [[String: String]]), file: SourceFile) {
        guard let reader = context.registry.tableReader else {
            throw invocation.error(Words.importUnavailable, at: fileWord)
        }
        let (columns, file) = try reader.read(fileWord.text, in: context)
        let formatter = context.formatter
        let rowCount = columns.first?.count ?? 0
        let values = (0..<rowCount).map { row in
            var cells: [String: String] = [:]
            for column in columns {
                let cell = column.data[row]
                let text: String
                switch cell {
                case .missing: continue
                case .text(let value): text = value
                case .integer(let value): text = String(value)
                default: text = formatter.text(cell)
                }
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { cells[column.name] = trimmed }
            }
            return cells
        }
        return ((columns.map(\.name), values), file)
    }
}
