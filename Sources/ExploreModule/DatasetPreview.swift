import RapportCore

/// What a command that stored a dataset shows: its first rows and a sentence on what happened.
enum DatasetPreview {
    /// How many rows the preview shows.
    static let rowCount = 10

    /// The result: the first rows as a table, the summary below; JSON as `show` with `dataset`, `total_rows`, the
    /// message and any further `fields` of the command.
    static func result(_ dataset: Dataset, summary: Message, in context: CommandContext,
                       fields extra: [(String, JSONValue)] = []) -> CommandResult {
        let shown = dataset.gathering(Array(0..<min(rowCount, dataset.rowCount)))
        var json = TableJSON.value(of: shown)
        if case .object(var fields) = json {
            fields += [("dataset", .string(dataset.name)), ("total_rows", .integer(Int64(dataset.rowCount))),
                       ("message", .string(context.say(summary)))] + extra
            json = .object(fields)
        }
        return CommandResult(blocks: [.table(shown, title: nil), .text(context.say(summary))], json: json)
    }
}
