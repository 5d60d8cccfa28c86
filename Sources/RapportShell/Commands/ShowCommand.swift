import RapportCore

/// `show NAME [--where EXPR] [--limit N] [--offset N] [--columns A,B]`: the rows of a dataset as a table.
enum ShowCommand {
    /// The dataset to show.
    static let dataset = Positional("DATASET", .dataset)
    /// `--limit N`: how many rows.
    static let limit = Flag("limit", .count, valueName: "N", Words.limitFlag)
    /// `--offset N`: rows to skip first.
    static let offset = Flag("offset", .count, valueName: "N", Words.offsetFlag)
    /// `--columns A,B`: only these columns.
    static let columns = Flag("columns", .columnList, valueName: "A,B", Words.columnsFlag)

    static let command = BuiltinCommand(CommandSpec(
        name: "show", module: "workspace", summary: Words.showSummary,
        examples: ["show posts", "show posts --limit 5 --offset 100", "show posts --columns likes,comments,`Post ID`",
                   "show posts --where likes > 100 --limit 5"],
        positionals: [dataset],
        flags: [limit, offset, columns],
        clauses: [.where],
        isLogged: false
    )) { invocation, context in
        let name = invocation[Self.dataset]
        var dataset = try invocation.dataset(name, in: context)
        if let condition = invocation.whereClause {
            let rows = try invocation.expression(condition).matchingRows(in: dataset, timeZone: context.workspace.settings.timeZone)
            dataset = dataset.gathering(rows)
        }
        if let list = invocation[Self.columns] {
            var picked: [Column] = []
            for columnName in Lexer.splitList(list.text) {
                guard let column = dataset.column(named: columnName) else {
                    let suggestion = Suggestion.closest(to: columnName, among: dataset.columnNames)
                    throw invocation.error(Words.unknownColumn(columnName, in: dataset.name).suggesting(suggestion), at: list)
                }
                picked.append(column)
            }
            dataset = Dataset(name: dataset.name, columns: picked, kind: dataset.kind)
        }
        let limit = try invocation[Self.limit] ?? 20
        let offset = min(try invocation[Self.offset] ?? 0, dataset.rowCount)
        let end = offset + min(limit, dataset.rowCount - offset)
        let shown = dataset.gathering(Array(offset..<end))
        let footer = context.say(Words.rowsShown(from: offset + 1, to: end, of: dataset.rowCount))
        var json = TableJSON.value(of: shown)
        if case .object(var fields) = json {
            fields += [("offset", .integer(Int64(offset))), ("total_rows", .integer(Int64(dataset.rowCount)))]
            json = .object(fields)
        }
        var blocks: [ResultBlock] = [.table(shown, title: nil), .text(footer)]
        let leftOut = dataset.rowCount - shown.rowCount
        if leftOut > 0 { blocks.append(.note(Words.rowsLeftOut(leftOut, of: dataset.rowCount))) }
        return CommandResult(blocks: blocks, json: json)
    }
}

/// Messages of `show`.
extension Words {
    /// One line on `show`.
    public static let showSummary = Message(en: "show the rows of a dataset", de: "die Zeilen eines Datensatzes zeigen")
    /// The `--limit` flag.
    public static let limitFlag = Message(en: "how many rows (default 20)", de: "wie viele Zeilen (Standard 20)")
    /// The `--offset` flag.
    public static let offsetFlag = Message(en: "rows to skip first", de: "zuerst zu überspringende Zeilen")
    /// The `--columns` flag.
    public static let columnsFlag = Message(en: "only these columns, comma-separated", de: "nur diese Spalten, durch Kommas getrennt")
    /// The note on stderr that `show` printed only some rows.
    public static func rowsLeftOut(_ count: Int, of total: Int) -> Message {
        Message(en: "show left out \(count) of \(total) rows (--limit N and --offset N show others)",
                de: "show hat \(count) von \(total) Zeilen weggelassen (--limit N und --offset N zeigen andere)")
    }
    /// The line under the rows shown, saying which of how many they are.
    public static func rowsShown(from: Int, to: Int, of total: Int) -> Message {
        if to < from { return Message(en: "no rows shown of \(total)", de: "keine Zeilen gezeigt von \(total)") }
        return Message(en: "rows \(from)–\(to) of \(total)", de: "Zeilen \(from)–\(to) von \(total)")
    }
}
