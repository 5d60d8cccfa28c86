import RapportCore

/// `convert NAME COLUMN to TYPE [--format F] [--strict]`: changes a column's type in place; cells that cannot be read
/// become missing and are counted, or with `--strict` the command refuses and changes nothing.
enum ConvertCommand {
    /// The dataset.
    static let dataset = Positional("DATASET", .dataset)
    /// The column to convert.
    static let column = Positional("COLUMN", .column)
    /// The word `to`.
    static let to = Positional("to", .choice(["to"]))
    /// The type it becomes.
    static let type = Positional("TYPE", .choice(ColumnType.self))
    /// `--format F`: how text spells times, in strftime notation.
    static let format = Flag("format", .text, valueName: "F", Words.convertFormatFlag)
    /// `--strict`: refuse instead of making unreadable cells missing.
    static let strict = Switch("strict", Words.convertStrictFlag)

    /// How many unreadable cells the message quotes.
    static let quotedFailures = 5

    static let command = BuiltinCommand(CommandSpec(
        name: "convert", module: "explore", summary: Words.convertSummary, discussion: Words.convertDiscussion,
        examples: ["convert posts likes to integer", "convert posts rate to decimal --strict",
                   "convert posts published to time --format \"%d.%m.%Y %H:%M\"", "convert posts likes to text"],
        positionals: [dataset, column, to, type],
        flags: [format, strict]
    )) { invocation, context in
        let source = invocation[Self.dataset], columnWord = invocation[Self.column]
        var dataset = try invocation.dataset(source, in: context)
        let index = try invocation.columnIndex(columnWord.text, at: columnWord, in: dataset)
        let column = dataset.columns[index]
        let target = try invocation[Self.type]
        let typeWord = invocation.word(of: Self.type)
        let timeFormat = try Self.timeFormat(invocation, from: column.type, to: target)
        guard column.type != target else {
            return .message(context.say(Words.alreadyOfType(column.name, in: dataset.name, target.rawValue)),
                            [("dataset", .string(dataset.name))]
                                + Self.fields(column.name, from: column.type, to: target, failures: []))
        }
        guard ColumnConversion.converts(column.type, to: target) else {
            let refusal = Words.cannotConvert(column.name, column.type.rawValue, target.rawValue)
            throw invocation.error(refusal, at: typeWord)
        }
        let localTime = LocalTime(timeZone: context.workspace.settings.timeZone)
        let conversion = ColumnConversion(column.data, to: target, format: timeFormat, localTime: localTime)
        if invocation[Self.strict], let first = conversion.failures.first {
            throw invocation.error(Words.convertRefused(row: first.row + 1, value: first.value, column: column.name,
                                                        type: target.rawValue), at: columnWord)
        }
        dataset.setColumn(Column(name: column.name, role: column.role, data: conversion.data))
        try context.workspace.put(dataset, replacing: true)
        let quoted = conversion.failures.prefix(Self.quotedFailures).map { (row: $0.row + 1, value: $0.value) }
        let summary = Words.converted(column.name, in: dataset.name, to: target.rawValue,
                                      failed: conversion.failures.count, quoted: quoted)
        let shown = Dataset(name: dataset.name, columns: [dataset.columns[index]])
        return DatasetPreview.result(shown, summary: summary, in: context,
                                     fields: Self.fields(column.name, from: column.type, to: target,
                                                         failures: conversion.failures))
    }

    /// The `--format` given, read; refused unless text becomes times.
    private static func timeFormat(_ invocation: Invocation, from: ColumnType, to: ColumnType) throws -> TimeFormat? {
        guard let word = invocation[Self.format] else { return nil }
        guard from == .text && to == .time else { throw invocation.error(Words.convertFormatOnlyForTimes, at: word) }
        do {
            return try TimeFormat(word.text)
        } catch let error as RapportError {
            // The word's offset is its opening quote, when it has one; the caret goes under the format's character.
            let characters = Array(invocation.text)
            let quoted = word.offset < characters.count && ["\"", "'"].contains(characters[word.offset])
            let offset = word.offset + (quoted ? 1 : 0) + (error.excerpt?.offset ?? 0)
            throw RapportError(error.message).pointing(at: offset, in: invocation.text)
        }
    }

    /// The JSON fields of the result beside the preview.
    private static func fields(_ column: String, from: ColumnType, to: ColumnType,
                               failures: [ColumnConversion.Failure]) -> [(String, JSONValue)] {
        let quoted = failures.prefix(quotedFailures).map { failure in
            JSONValue.object([("row", .integer(Int64(failure.row + 1))), ("value", .string(failure.value))])
        }
        return [("column", .string(column)), ("from", .string(from.rawValue)), ("to", .string(to.rawValue)),
                ("failed", .integer(Int64(failures.count))), ("failed_rows", .array(quoted))]
    }
}
