import Foundation
import RapportCore

/// `survey import NAME FILE`: answers from a table file, one row per respondent.
///
/// The file is read by the shell's own `import` command (so every format and encoding it knows works), into a
/// dataset that is dropped again before the command ends. Columns: `respondent` (left out in anonymous surveys),
/// optional `group` and `role`, and one column per question named by its key (`now.character`, `o1`, …) holding
/// the answer as it would be typed. Empty cells stay unanswered, so `survey run` can complete them later.
enum SurveyImporting {
    /// The name of the dataset the file is read into for the length of the command.
    static let scratchName = "survey_import_scratch"
    /// The file of answers.
    static let file = Positional("FILE", .file)

    /// Reads the file, checks every answer, and adds the respondents; nothing is stored when a cell is wrong.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let fileWord = invocation[Self.file]
        let rows = try read(fileWord, invocation, context)
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
        try context.workspace.put(table.dataset, replacing: true)
        return .message(context.say(Words.importedRespondents(rows.values.count, definition.name)),
                        [("respondents", .integer(Int64(rows.values.count)))])
    }

    /// The file's column names and its rows as text cells by column name (empty cells left out).
    private static func read(_ fileWord: Word, _ invocation: Invocation, _ context: CommandContext) throws
        -> (columns: [String], values: [[String: String]]) {
        guard let importer = context.registry.command(named: "import") else {
            throw invocation.error(Words.importUnavailable, at: fileWord)
        }
        let quoted = "'" + fileWord.text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let line = "import \(quoted) as \(scratchName)"
        let (_, importInvocation, _) = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: context.registry)
        _ = try importer.run(importInvocation, in: context)
        let dataset = try context.workspace.dataset(named: scratchName)
        try context.workspace.drop(scratchName)
        let formatter = context.formatter
        let values = (0..<dataset.rowCount).map { row in
            var cells: [String: String] = [:]
            for column in dataset.columns {
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
        return (dataset.columnNames, values)
    }
}
